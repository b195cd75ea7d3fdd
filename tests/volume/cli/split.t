# teipress split: a volume into one file per document and volume.xml; every bad input.
$ cp $SRC/tests/volume/fixtures/small-volume.xml .
$ teipress split small-volume.xml -o out
> 3 document(s) of small-volume.xml split into out (volume.xml holds the rest of the volume)
2> small-volume.xml:103:40: warning: #in1 names nothing in the volume; split keeps the pointer as it is
2> small-volume.xml:116:89: warning: #p_XX9 names nothing in the volume; split keeps the pointer as it is

$ ls out
> d1.xml
> d2.xml
> d3.xml
> volume.xml

# The files are the goldens, byte for byte.
$ for f in d1 d2 d3 volume; do cmp out/$f.xml $SRC/tests/volume/golden/split/$f.xml || exit 1; done

# Splitting again into the same folder replaces its files; others are left alone.
$ echo keep > out/notes.txt && teipress split small-volume.xml -o out 2>/dev/null >/dev/null && cat out/notes.txt
> keep

# A missing volume, a folder: exit 2.
$ teipress split missing.xml -o out2
2> missing.xml:1:1: error: cannot open file: No such file or directory
=> 2

$ mkdir folder && teipress split folder -o out2
2> folder:1:1: error: is a directory, not a file
=> 2

# No volume or output given: usage errors.
$ teipress split -o out2
2> teipress split: error: no volume given
2> run 'teipress split --help' for usage
=> 2

$ teipress split small-volume.xml
2>* teipress split: error: the option '--output' is required but missing
=> 2

# Malformed XML, not TEI, no documents: exit 1, nothing written.
$ printf '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>\n<body></text></TEI>' > broken.xml && teipress split broken.xml -o out3
2>* broken.xml:2:14: error:
=> 1

$ printf '<html><body/></html>' > page.xml && teipress split page.xml -o out3
2> page.xml:1:1: error: not a TEI document: the root element must be <TEI xmlns="http://www.tei-c.org/ns/1.0">
=> 1

$ printf '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text>\n  <body><p>Text.</p></body>\n</text></TEI>' > nodocs.xml && teipress split nodocs.xml -o out3
2> nodocs.xml:3:3: error: not a volume: no document (div type="document") in its text/body
=> 1

$ test ! -e out3

# An entity declaration is refused, not expanded.
$ printf '<!DOCTYPE TEI [<!ENTITY x "y">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>' > entity.xml && teipress split entity.xml -o out3
2>* error: the DOCTYPE declares the entity "x"
=> 1

# -o onto the volume itself, or a folder whose volume.xml is the input: refused (exit 3), the
# input untouched, nothing written.
$ cp $SRC/tests/volume/fixtures/small-volume.xml v.xml && teipress split v.xml -o v.xml 2>/dev/null
=> 3
$ teipress split v.xml -o v.xml 2>&1 >/dev/null | grep -v warning
> v.xml: error: not a folder: split writes a folder of documents

$ mkdir again && cp v.xml again/volume.xml && teipress split again/volume.xml -o again 2>&1 >/dev/null | grep -v warning; ls again
> again/volume.xml:1:1: error: refusing to overwrite the input file again/volume.xml
> volume.xml
$ cmp again/volume.xml $SRC/tests/volume/fixtures/small-volume.xml

# An output folder that cannot be made: exit 3.
$ teipress split v.xml -o v.xml/sub 2>&1 >/dev/null | grep -v warning
>* v.xml/sub: error: cannot create the output folder:
