# Bad input: each a clear message and a documented exit code. A malformed file gives its first
# error only, as jing does (one missing end tag, not a tag mismatch for each enclosing element).
$ teipress validate
2> teipress validate: error: no FILE given
2> run 'teipress validate --help' for usage
=> 2

$ cd "$SRC" && teipress validate tests/validate/fixtures/bad/malformed.xml
2> tests/validate/fixtures/bad/malformed.xml:5:15: error: not well-formed XML: Opening and ending tag mismatch: p line 4 and teiHeader [xml]
2> 1 file checked: 1 error, 0 warnings; 1 not valid
=> 1

$ cd "$SRC" && teipress validate tests/validate/fixtures/bad/not-tei.xml
2> tests/validate/fixtures/bad/not-tei.xml:2:1: error: not a TEI document: the root element "html" is in the namespace http://www.w3.org/1999/xhtml; expected "TEI" in the namespace http://www.tei-c.org/ns/1.0 [tei]
2> 1 file checked: 1 error, 0 warnings; 1 not valid
=> 1

# An unreadable input is exit code 2, even beside an invalid one.
$ cd "$SRC" && teipress validate tests/validate/fixtures tests/validate/fixtures/rules/note-n.xml nowhere.xml
2> tests/validate/fixtures:1:1: error: is a directory, not a file
2> tests/validate/fixtures/rules/note-n.xml:16:17: error: note numbered "3" should be 2: notes are numbered 1, 2, 3 … within each document [note-n]
2> nowhere.xml:1:1: error: cannot open file: No such file or directory
2> 3 files checked: 3 errors, 0 warnings; 1 not valid; 2 not readable
=> 2

# The external entity's file is never read: its content appears nowhere.
$ cd "$SRC" && teipress validate tests/validate/fixtures/bad/external-entity.xml
2> tests/validate/fixtures/bad/external-entity.xml:3:3: error: the DOCTYPE declares the external entity "secret" (secret.txt); teipress never loads external entities [xml]
2> tests/validate/fixtures/bad/external-entity.xml:8:18: error: entity reference &secret; is not expanded: teipress never reads entities [xml]
2> 1 file checked: 2 errors, 0 warnings; 1 not valid
2>! TOP-SECRET
=> 1

$ cd "$SRC" && teipress validate --format json tests/validate/fixtures/bad/external-entity.xml
>! TOP-SECRET
=> 1

$ cd "$SRC" && teipress validate tests/validate/fixtures/bad/entity-bomb.xml
2> tests/validate/fixtures/bad/entity-bomb.xml:1:5: error: not well-formed XML: Detected an entity reference loop [xml]
2> 1 file checked: 1 error, 0 warnings; 1 not valid
=> 1

$ cd "$SRC" && teipress validate --max-bytes 100 tests/validate/fixtures/valid/document.xml
2> tests/validate/fixtures/valid/document.xml:1:1: error: file is larger than the limit of 100 bytes
2> 1 file checked: 1 error, 0 warnings; 1 not readable
=> 2

# Schemas and rules that cannot be used: exit code 2, nothing validated.
$ teipress validate --schema missing.rng "$SRC/tests/validate/fixtures/valid/document.xml"
2> missing.rng:1:1: error: cannot open file: No such file or directory
=> 2

$ cd "$SRC" && teipress validate --schema tests/validate/fixtures/valid/document.xml tests/validate/fixtures/valid/document.xml
2> tests/validate/fixtures/valid/document.xml:2:1: error: namespace URI of document element must be "http://relaxng.org/ns/structure/1.0"
=> 2

# Every error of a grammar is reported, each at its place.
$ printf '<grammar xmlns="http://relaxng.org/ns/structure/1.0">\n<start><ref name="nowhere"/></start>\n<define name="x"><attribute name="xmlns"/></define>\n</grammar>\n' > bad.rng && teipress validate --schema bad.rng "$SRC/tests/validate/fixtures/valid/document.xml"
2> bad.rng:2:8: error: reference to undefined pattern "nowhere"
2> bad.rng:3:18: error: attribute must not be named "xmlns"
=> 2

# Grammars are read from local files only: a URL is refused, never fetched.
$ printf '<grammar xmlns="http://relaxng.org/ns/structure/1.0">\n<include href="http://example.com/tei.rng"/>\n</grammar>\n' > net.rng && teipress validate --schema net.rng "$SRC/tests/validate/fixtures/valid/document.xml"
2> net.rng:1:1: error: missing "start" element
2> net.rng:2:1: error: "http://example.com/tei.rng" refers to a URL (http://example.com/tei.rng): teipress reads grammars from local files only and never fetches the network
=> 2

$ printf '<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron"><sch:pattern><sch:rule context="*"><sch:assert test="((">m</sch:assert></sch:rule></sch:pattern></sch:schema>\n' > bad.sch && teipress validate --rules bad.sch "$SRC/tests/validate/fixtures/valid/document.xml"
2>* bad.sch:1:1: error: rules do not compile: 
2>* Invalid expression
=> 2

$ teipress validate --rules x.sch --no-rules y.xml
2> teipress validate: error: --rules and --no-rules exclude each other
2> run 'teipress validate --help' for usage
=> 2
