# teipress itself: its usage, help and version, the help command, unknown commands and options.
# Each command's own help is in tests/cli/help/COMMAND.t.

# teipress alone: the usage on stderr, a usage error.
$ teipress
2> usage: teipress COMMAND [OPTION]... [ARG]...
2>        teipress -h|--help
2>        teipress -V|--version
2>
2> commands:
2>   convert     convert a FRUS reading text (.txt) into TEI P5
2>   validate    validate TEI against RELAX NG and Schematron rules
2>   render      render TEI as HTML, LaTeX, PDF, plain text or Markdown
2>   build       the main job: documents, website, PDF and EPUB of a volume
2>   split       split a volume into one TEI file per document
2>   join        join documents into a volume
2>   init        start an edition folder (or derive one from a volume)
2>   help        show the help of teipress, or of a command
2>   completion  print the shell completion script of teipress
2>
2> run 'teipress help' for more, 'teipress help COMMAND' for a command's options
=> 2

# The version: at the top level and from every command.
$ teipress --version
> teipress 0.1.0
$ teipress -V
> teipress 0.1.0
$ for c in convert validate render build split join init help completion; do teipress $c -V && teipress $c --version; done | sort | uniq -c | sed 's/^ *//'
> 18 teipress 0.1.0
$ teipress -V extra
2> teipress: error: unexpected argument 'extra' after -V
2> run 'teipress help' for usage
=> 2

# teipress's help: the same from help, --help and -h, on stdout.
$ teipress help
> usage: teipress COMMAND [OPTION]... [ARG]...
>        teipress -h|--help
>        teipress -V|--version
> Convert reading texts to TEI, validate TEI, render it as HTML, LaTeX, PDF, text
> and Markdown, split and join volumes: the tools of a TEI-XML digital edition.
>
> commands:
>   convert     convert a FRUS reading text (.txt) into TEI P5
>   validate    validate TEI against RELAX NG and Schematron rules
>   render      render TEI as HTML, LaTeX, PDF, plain text or Markdown
>   build       the main job: documents, website, PDF and EPUB of a volume
>   split       split a volume into one TEI file per document
>   join        join documents into a volume
>   init        start an edition folder (or derive one from a volume)
>   help        show the help of teipress, or of a command
>   completion  print the shell completion script of teipress
>
> options:
>   -h, --help     show this help and exit
>   -V, --version  print the version and exit
>
> 'teipress help COMMAND' (or 'teipress COMMAND --help') shows the options of a
> command.
>
> exit codes:
>   0    success (warnings allowed unless --strict)
>   1    the input was read but is wrong: invalid TEI, a reading text that breaks
>        the format
>   2    usage error, or an input or schema that cannot be read at all (missing,
>        a directory)
>   3    an output could not be written (the previous output is left as it was)
>   4    an external program (the TeX engine) is missing or failed
>   5    out of memory; nothing was written
>   130  interrupted by a signal; temporary files were removed
$ teipress help > a && teipress --help > b && teipress -h > c && cmp a b && cmp a c

# help COMMAND is COMMAND --help, for every command (-h too).
$ for c in convert validate render build split join init help completion; do teipress help $c > a && teipress $c --help > b && teipress $c -h > c && cmp a b && cmp a c && teipress --help $c | cmp - a || echo "differs: $c"; done
$ teipress help conver
2> teipress help: error: unknown command 'conver'; did you mean 'convert'?
2> run 'teipress help --help' for usage
=> 2

# Unknown commands keep their suggestion; an option before any command is refused.
$ teipress conver x.txt
2> teipress: error: unknown command 'conver'; did you mean 'convert'?
2> run 'teipress help' for the list of commands
=> 2
$ teipress frobnicate
2> teipress: error: unknown command 'frobnicate'
2> run 'teipress help' for the list of commands
=> 2
$ teipress --frobnicate render
2> teipress: error: unknown option '--frobnicate' (a command comes first: teipress COMMAND [OPTION]...)
2> run 'teipress help' for usage
=> 2

# A command's usage error points at its help.
$ teipress render --to
2> teipress render: error: the required argument for option '--to' is missing
2> run 'teipress render --help' for usage
=> 2
