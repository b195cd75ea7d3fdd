# teipress join: a split folder back into its volume, new documents into a volume, every bad
# input.
$ cp $SRC/tests/volume/fixtures/*.xml .
$ teipress split small-volume.xml -o split 2>/dev/null >/dev/null
$ teipress join split -o joined.xml
> 3 document(s) joined into joined.xml
2> split/d2.xml:59:40: warning: #in1 names nothing in the joined volume
2> split/d3.xml:51:147: warning: #p_XX9 names nothing in the joined volume
2> split/volume.xml:89:75: warning: #in9 names nothing in the joined volume

# The same volume: its Canonical XML is the original's.
$ xmllint --c14n joined.xml > a.c14n && xmllint --c14n small-volume.xml > b.c14n && cmp a.c14n b.c14n

# A new document: the next number, renumbered; what changed is told.
$ teipress join small-volume.xml new-document.xml -o new.xml 2>/dev/null
>   d4: new document, was d12 of frus1950v01 (new-document.xml), pages +3
>   new-document.xml: the entry p_KG1 is p_KG2 in the volume (the volume's p_KG1 is another entry)
> 4 document(s) joined into new.xml
$ cmp new.xml $SRC/tests/volume/golden/join-new.xml

# To standard output: the volume only.
$ teipress join split -o - 2>/dev/null | head -2
> <?xml version="1.0" encoding="UTF-8"?>
> <?xml-model href="../../schemas/frus.rnc" type="application/relax-ng-compact-syntax"?>

# Missing inputs, a folder without TEI: exit 2.
$ teipress join missing.xml -o out.xml
2> missing.xml:1:1: error: cannot open file: No such file or directory
=> 2

$ mkdir empty && teipress join empty -o out.xml
2> empty: error: no TEI document (*.xml) in the folder
=> 2

$ teipress join -o out.xml
2> teipress join: error: no documents given
2> run 'teipress join --help' for usage
=> 2

# Not TEI, no documents, two volumes, no volume record: exit 1.
$ printf '<html/>' > page.xml && teipress join page.xml -o out.xml
2> page.xml:1:1: error: not a TEI document: the root element must be <TEI xmlns="http://www.tei-c.org/ns/1.0">
=> 1

$ teipress join $SRC/editions/frus1964-68v17/edition.xml -o out.xml
2>* edition.xml:32:5: error: no document (div type="document") in its text/body: nothing to join
=> 1

$ teipress join small-volume.xml split -o out.xml
2> split/volume.xml:3:1: error: a second volume (the first is small-volume.xml): join adds documents to one volume; split this one to join its documents
>! joined
=> 1

$ teipress join no-volume-document.xml -o out.xml
2>* out.xml: error: no volume record to make the volume's teiHeader from
=> 1

# A document given twice.
$ teipress join split/d1.xml split/d2.xml split/d1.xml -o out.xml
2>* error: document d1 of frus1999v99 is given twice (also split/d1.xml)
=> 1

# An include that leaves the folder.
$ sed 's|href="d2.xml"|href="/etc/passwd"|' split/volume.xml > split/v2 && mkdir bad && cp split/d*.xml bad/ && mv split/v2 bad/volume.xml && teipress join bad -o out.xml
2>* error: an include must name a document file of the folder by a relative path, not "/etc/passwd"
=> 1

$ test ! -e out.xml

# -o onto an input: refused (exit 3), the input untouched.
$ cp split/d1.xml one.xml && teipress join split one.xml -o one.xml 2>&1 >/dev/null | grep -v warning
>* one.xml:1:1: error: refusing to overwrite the input file one.xml
$ cmp one.xml split/d1.xml
$ teipress join split -o split/volume.xml 2>/dev/null
=> 3
