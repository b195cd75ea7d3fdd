# Bash completion, made from the command table (src/cli/bash_completion.h): the script is
# sourced in bash and a line completed as TAB completes it (tests/cli/complete.sh).
%requires bash
$ teipress completion bash -o teipress.bash && mkdir eds && touch d1.txt -- -odd.txt && head -1 teipress.bash
> # bash completion for teipress: its commands, each command's options, the values an

# The commands, and teipress's own options.
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress va"
> validate
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress "
> build
> completion
> convert
> help
> init
> join
> render
> split
> validate
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress -"
> --help
> --version
> -V
> -h

# A command's options, and the values an option takes (also after '=').
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress validate --pro"
> --profile
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress validate --profile "
> edition
> frus
> tei
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress validate a.xml --format=j"
> json
> junit
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress render --to "
> html
> latex
> markdown
> pdf
> text
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress render -t m"
> markdown
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress render x.xml --"
> --help
> --output
> --param
> --profile
> --to
> --validate
> --version
> --xslt
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress convert d1.txt --stop-after t"
> tag_names
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress help re"
> render
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress completion "
> bash

# Files for a FILE, folders for a DIR, nothing for free text; after "--", files again.
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress convert d"
> d1.txt
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress convert d1.txt --edition "
> eds
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress build e"
> eds
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress build eds -o "
> eds
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress validate -o d"
> d1.txt
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress init new --title "
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress validate -j "
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress convert -- -o"
> -odd.txt

# One operand taken: convert offers nothing more but its options.
$ bash "$SRC/tests/cli/complete.sh" teipress.bash "teipress convert d1.txt "

# The script the build writes (and the install rules install) is this one.
$ teipress completion bash | cmp - "$(dirname "$(command -v teipress)")/completions/teipress"
