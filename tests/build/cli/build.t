# teipress build: the main job on a copy of the bundled edition.
%requires pdflatex
$ cp -r $SRC/editions/frus1964-68v17 ed
$ teipress build ed -o out --formats html,latex,pdf,text,markdown
>* d67 -> out/d67.{xml,html,tex,pdf,txt,md}
>* 1 of 1 document(s) built into out (1 made, 0 up to date)

# The text output is the reading text, byte for byte.
$ cmp out/d67.txt ed/d67.txt
$ head -c 5 out/d67.pdf
> %PDF-

# Nothing changed: nothing to do.
$ teipress build ed -o out --formats html,latex,pdf,text,markdown
> nothing to do: the 1 document(s) and the volume's outputs in out are up to date

# Building twice gives the same bytes (no dates, no absolute paths).
$ teipress build ed -o again --formats html,latex,pdf,text,markdown > /dev/null && for f in xml html tex txt md pdf; do cmp out/d67.$f again/d67.$f || exit 1; done

# Without a TeX engine no PDF is made (exit 4, naming the package, once); every other output is.
$ env PATH=/nonexistent "$(command -v teipress)" build ed -o notex --formats html,pdf,text
>* d67 -> notex/d67.{xml,html,txt}
2>* the TeX engine 'pdflatex' is not installed (on Debian: apt-get install texlive-latex-base
2>* no PDF is made (--formats without pdf leaves them out)
=> 4
$ test -e notex/d67.txt && test ! -e notex/d67.pdf

# A reading text that breaks the format is reported and skipped; the others are built; a
# document that fails leaves no output behind, even one an earlier build made.
$ printf '2. A second document0\n\nText.\n\n  0. Source: files.' > ed/d2.txt
$ teipress build ed -o mixed --formats html,text
>* 2 of 2 document(s) built into mixed
$ test -e mixed/d2.html
$ printf 'not a document heading\n' > ed/d2.txt
$ teipress build ed -o mixed --formats html,text
>* d2: failed
>* 1 document(s) failed:
>*   d2 (ed/d2.txt:1:1: error:
>* 1 of 2 document(s) built into mixed (0 made, 1 up to date)
2>* ed/d2.txt:1:1: error:
=> 1
$ test -e mixed/d67.html && test ! -e mixed/d2.html && test ! -e mixed/d2.xml && test ! -e mixed/d2.txt

# --quiet: errors and warnings only.
$ teipress build ed -o quiet --formats text --quiet
2>* ed/d2.txt:1:1: error:
=> 1
$ teipress build ed -o quiet --formats text --quiet 2>/dev/null; test -e quiet/d67.txt

# A reading text named like the volume's outputs is refused, the others built.
$ rm ed/d2.txt && printf '3. Third0\n\nText.\n\n  0. Source: files.' > ed/volume.txt
$ teipress build ed -o named --formats text
2>* ed/volume.txt:1:1: error: the name 'volume' is the volume's outputs': rename the reading text
=> 1
