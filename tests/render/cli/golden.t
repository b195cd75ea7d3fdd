# Byte goldens: the test-suite document (every element the schema allows) in HTML, LaTeX and
# Markdown must be exactly tests/render/golden/testsuite.{html,tex,md}. On a difference the
# unified diff is printed. Regenerate only on purpose, then review with git diff:
#   cmake --build build --target update-golden        (tests/tools/update_golden.sh)
$ cp "$SRC/tests/render/fixtures/testsuite.xml" testsuite.xml
$ teipress render testsuite.xml --to html --param warn-unhandled=no -o testsuite.html && diff -u "$SRC/tests/render/golden/testsuite.html" testsuite.html
$ teipress render testsuite.xml --to latex --param warn-unhandled=no -o testsuite.tex && diff -u "$SRC/tests/render/golden/testsuite.tex" testsuite.tex
$ teipress render testsuite.xml --to markdown --param warn-unhandled=no -o testsuite.md && diff -u "$SRC/tests/render/golden/testsuite.md" testsuite.md
