# teipress init: a newcomer starts an edition, types a document, converts, validates, renders
# and builds it; init never overwrites; a missing or incomplete edition.xml is named.
$ teipress init ed --title "Foreign Relations of the United States, 1999, Volume XCIX, Tests" --id frus1999v99 --editor "Ann Editor"
> wrote 6 files into ed (see ed/README.md)
> next: teipress build ed -o OUT_DIR

$ ls ed ed/documents
> ed:
> README.md
> d1.txt
> documents
> edition.xml
> persons.xml
> terms.xml
> 
> ed/documents:
> d1.xml

$ grep -c '<editor>Ann Editor</editor>' ed/edition.xml
> 1

# It builds at once, and the sample comes back as it was typed.
$ teipress build ed -o out
>* d1 -> out/d1.{xml,html,tex,pdf,txt,md}
>* pdf -> out/volume.pdf
>* 1 of 1 document(s) built into out (1 made, 0 up to date)
$ cmp out/d1.txt ed/d1.txt

# A document typed by hand: convert, validate, render, build.
$ printf '2. Letter From the Secretary of State to the Ambassador1\n\nWashington, July 22, 1968.\n\nThe treaty was signed.2\n\nDean\n\n  1. Source: Typed by hand.\n  2. See Document 1.' > ed/d2.txt
$ teipress convert ed/d2.txt --edition ed -o d2.xml && teipress validate d2.xml && teipress render d2.xml --to html -o d2.html
2> 1 file checked: 0 errors, 0 warnings
$ grep -c '<ref target="#d1">Document 1</ref>' d2.xml
> 1
$ grep -o '<dateline>.*</dateline>' d2.xml
> <dateline><placeName>Washington</placeName>, <date when="1968-07-22">July 22, 1968</date>.</dateline>
$ teipress build ed -o out2 | tail -1
> 2 of 2 document(s) built into out2 (2 made, 0 up to date)

# init never overwrites: every file that exists is named, nothing is written (exit 3).
$ cp ed/edition.xml before.xml && teipress init ed --title Other
2> ed/edition.xml: error: exists already; init never overwrites a file (choose a new folder)
2> ed/persons.xml: error: exists already; init never overwrites a file (choose a new folder)
2> ed/terms.xml: error: exists already; init never overwrites a file (choose a new folder)
2> ed/d1.txt: error: exists already; init never overwrites a file (choose a new folder)
2> ed/documents/d1.xml: error: exists already; init never overwrites a file (choose a new folder)
2> ed/README.md: error: exists already; init never overwrites a file (choose a new folder)
=> 3
$ cmp before.xml ed/edition.xml

# A folder that holds other files is fine; a file is not a folder.
$ mkdir texts && echo notes > texts/notes.md && teipress init texts > /dev/null && ls texts | wc -l && grep -c '<idno type="frus">texts</idno>' texts/edition.xml
> 7
> 1
$ teipress init before.xml
2> before.xml: error: not a folder: init writes an edition folder
=> 3

# Usage errors.
$ teipress init
2> teipress init: error: no folder given
2> run 'teipress init --help' for usage
=> 2
$ teipress init new --id 'frus 1999'
2> teipress init: error: the identifier 'frus 1999' must begin with a letter and hold only letters, figures, '.', '_' and '-'
2> run 'teipress init --help' for usage
=> 2
$ teipress init new --title ' '
2> teipress init: error: --title is empty
2> run 'teipress init --help' for usage
=> 2
$ test ! -e new

# build without edition.xml, or with an incomplete one: an error naming the fields, in
# edition.xml itself; nothing is built.
$ mkdir bare && cp ed/d1.txt bare/ && teipress build bare -o bare-out
2> bare/edition.xml: error: no edition.xml: an edition folder needs the volume's record (`teipress init` writes one)
=> 2
$ sed 's|<publisher>[^<]*</publisher>||; s|<pubPlace>Washington</pubPlace>|<pubPlace/>|' ed/edition.xml > bare/edition.xml && teipress build bare -o bare-out
2> bare/edition.xml:9:7: error: the volume's record lacks its publisher: add <publisher>…</publisher> to teiHeader/fileDesc/publicationStmt
2> bare/edition.xml:11:9: error: the volume's record has an empty <pubPlace> in teiHeader/fileDesc/publicationStmt: write its place of publication in it
=> 1
$ test ! -e bare-out

# --from: an edition folder derived from a volume.
$ cp $SRC/tests/volume/fixtures/small-volume.xml v.xml && teipress init from --from v.xml
> wrote 7 files into from (see from/README.md)
$ ls from/documents
> d1.xml
> d2.xml
> d3.xml
$ teipress init from2 --from missing.xml
2> missing.xml:1:1: error: cannot open file: No such file or directory
=> 2
$ printf '<html/>' > page.xml && teipress init from2 --from page.xml
2> page.xml:1:1: error: not a TEI document: the root element must be <TEI xmlns="http://www.tei-c.org/ns/1.0">
=> 1
$ printf '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader><fileDesc><titleStmt><title type="complete">T</title></titleStmt></fileDesc></teiHeader>\n<text><body><p/></body></text></TEI>' > nodocs.xml && teipress init from2 --from nodocs.xml
2> nodocs.xml:2:1: error: the volume's teiHeader does not give its publisher: give it with --publisher
2> nodocs.xml:2:1: error: the volume's teiHeader does not give its place of publication: give it with --place
2> nodocs.xml:2:1: error: the volume's teiHeader does not give its date of publication: give it with --date
2> nodocs.xml:2:1: error: the volume's teiHeader does not give its identifier: give it with --id
2> nodocs.xml:3:7: error: not a volume: no document (div type="document") in its text/body
=> 1
$ test ! -e from2
