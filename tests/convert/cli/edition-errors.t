# convert --edition: a missing folder, malformed or non-TEI metadata.
$ printf '4. Title\n\nText.' > doc.txt

$ teipress convert doc.txt --edition nowhere -o out.xml
2> nowhere:1:1: error: not an edition folder: no such directory
=> 2

$ mkdir empty-ed && teipress convert doc.txt --edition empty-ed -o out.xml
2> empty-ed/edition.xml:1:1: error: cannot open file: No such file or directory
=> 2

$ mkdir bad && printf '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n    <fileDesc></teiHeader>\n</TEI>' > bad/edition.xml && teipress convert doc.txt --edition bad -o out.xml
2> bad/edition.xml:3:17: error: malformed XML: Start-end tags mismatch
=> 1

$ mkdir notei && printf '<html/>' > notei/edition.xml && teipress convert doc.txt --edition notei -o out.xml
2> notei/edition.xml:1:1: error: not a TEI document: the root element must be <TEI xmlns="http://www.tei-c.org/ns/1.0">
=> 1

# An edition.xml without the volume's record: each missing field named where it belongs.
$ mkdir -p ed/documents && printf '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>' > ed/edition.xml && teipress convert doc.txt --edition ed -o ok.xml
2> ed/edition.xml:1:42: error: the volume's record lacks its complete title: add <title type="complete">…</title> to teiHeader/fileDesc/titleStmt
2> ed/edition.xml:1:42: error: the volume's record lacks its publisher: add <publisher>…</publisher> to teiHeader/fileDesc/publicationStmt
2> ed/edition.xml:1:42: error: the volume's record lacks its place of publication: add <pubPlace>…</pubPlace> to teiHeader/fileDesc/publicationStmt
2> ed/edition.xml:1:42: error: the volume's record lacks its date of publication: add <date>…</date> to teiHeader/fileDesc/publicationStmt
2> ed/edition.xml:1:42: error: the volume's record lacks its identifier: add <idno type="frus">…</idno> to teiHeader/fileDesc/publicationStmt
=> 1

# Malformed per-document TEI (documents/d4.xml) is an error too; a missing one is fine.
$ cp $SRC/editions/frus1964-68v17/edition.xml ed/edition.xml && teipress convert doc.txt --edition ed -o ok.xml && test -s ok.xml

$ printf '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<opener>&bad;</opener>' > ed/documents/d4.xml && teipress convert doc.txt --edition ed -o out.xml
2>* ed/documents/d4.xml:2:
2>* error: malformed XML
=> 1

# An external entity is never fetched nor expanded.
$ rm ed/documents/d4.xml && { printf '<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'; sed '1d; s|<title type="complete">[^<]*|<title type="complete">\&x;|' $SRC/editions/frus1964-68v17/edition.xml; } > ed/edition.xml && teipress convert doc.txt --edition ed
>! root:
>* <idno type="document">d4</idno>

$ ls
>! out.xml
