# teipress build: the main job on a copy of the bundled edition.
%requires pdflatex
$ cp -r $SRC/editions/frus1964-68v17 ed
$ teipress build ed -o out
> ed/d67.txt
>   TEI: out/d67.xml
>   valid: out/d67.xml
>   html: out/d67.html
>   latex: out/d67.tex
>   pdf: out/d67.pdf
>   text: out/d67.txt
>   markdown: out/d67.md
> 1 of 1 document(s) built into out

# The text output is the reading text, byte for byte.
$ cmp out/d67.txt ed/d67.txt
$ head -c 5 out/d67.pdf
> %PDF-

# Building twice gives the same bytes (no dates, no absolute paths).
$ teipress build ed -o again > /dev/null && for f in xml html tex txt md pdf; do cmp out/d67.$f again/d67.$f || exit 1; done

# Without a TeX engine the PDF fails (exit 4, naming the package); every other output is built.
$ env PATH=/nonexistent "$(command -v teipress)" build ed -o notex
>* html: notex/d67.html
>! pdf: notex/d67.pdf
2>* the TeX engine 'pdflatex' is not installed (on Debian: apt-get install texlive-latex-base
=> 4
$ test -e notex/d67.md && test ! -e notex/d67.pdf

# A reading text that breaks the format is reported and skipped; the others are built.
$ printf 'not a document heading\n' > ed/d99.txt
$ teipress build ed -o mixed
>* 1 of 2 document(s) built into mixed
2>* ed/d99.txt:1:1: error:
=> 1
$ test -e mixed/d67.html && test ! -e mixed/d99.html

$ teipress build nowhere -o out2
2> nowhere:1:1: error: not a folder (expected an edition folder with *.txt reading texts)
=> 2

$ mkdir empty && teipress build empty -o out3
2> empty:1:1: error: no reading texts (*.txt) in the folder
=> 2

$ teipress build ed
2>* the option '--output' is required but missing
=> 2
