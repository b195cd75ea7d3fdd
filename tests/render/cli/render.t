# teipress render: formats, outputs, parameters.
$ cp $SRC/tests/render/fixtures/testsuite.xml testsuite.xml
$ teipress render testsuite.xml --to text -o suite.txt --param warn-unhandled=no
$ cmp suite.txt $SRC/tests/render/fixtures/testsuite.txt

$ teipress render testsuite.xml --to html --param warn-unhandled=no
>* <!DOCTYPE html>
>* <a class="pb" id="pg_45" href="#pg_45"><span class="pb-mark" aria-hidden="true"></span><span class="pb-label">[Page 45]</span></a>

$ teipress render testsuite.xml --to markdown -o suite.md
2> testsuite.xml:38:16: warning: unhandled element <unknownThing>; its content is rendered as it is
$ grep -c '^\[^' suite.md
> 5

$ teipress render testsuite.xml --to latex -o suite.tex --param warn-unhandled=no --param paper=a4paper
$ grep -c 'a4paper' suite.tex
> 1

# The layer of stylesheets: the FRUS one for a FRUS document (its idno type="frus"), the
# generic one on request (no web-edition links, no Office of the Historian).
$ teipress render testsuite.xml --to html -o frus.html --param warn-unhandled=no
$ grep -o 'history.state.gov' frus.html | wc -l
> 6
$ teipress render testsuite.xml --to html -o tei.html --profile tei --param warn-unhandled=no
$ grep -o 'history.state.gov' tei.html | wc -l
> 0

# The same input gives the same bytes.
$ teipress render testsuite.xml --to html -o a.html 2>/dev/null && teipress render testsuite.xml --to html -o b.html 2>/dev/null && cmp a.html b.html

$ teipress render --help
>* usage: teipress render FILE -t FORMAT [-o FILE] [--param NAME=VALUE]...
>* FORMAT is one of: html, latex,
>* that is not valid is rendered anyway, with warnings
