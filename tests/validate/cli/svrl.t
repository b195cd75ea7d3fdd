# --format svrl writes the SVRL of the rules, or nothing: a file that cannot be read or parsed
# has no SVRL (the reason on stderr, the exit code of the failure, a previous output untouched).
$ echo old > out.svrl && teipress validate --format svrl -o out.svrl missing.xml; echo "rc=$?"; cat out.svrl
> rc=2
> old
2> missing.xml:1:1: error: cannot open file: No such file or directory
2> teipress validate: no SVRL written: the file could not be read

$ cd "$SRC" && teipress validate --format svrl tests/validate/fixtures/bad/malformed.xml
2> tests/validate/fixtures/bad/malformed.xml:5:15: error: not well-formed XML: Opening and ending tag mismatch: p line 4 and teiHeader [xml]
2> teipress validate: no SVRL written: the file is not a well-formed TEI document
=> 1

$ echo old > out.svrl && teipress validate --format svrl -o out.svrl "$SRC/tests/validate/fixtures/bad/not-tei.xml"; echo "rc=$?"; cat out.svrl
> rc=1
> old
2>* error: not a TEI document: the root element "html" is in the namespace http://www.w3.org/1999/xhtml
2>* teipress validate: no SVRL written: the file is not a well-formed TEI document

# A document the grammar refuses still has the rules' SVRL; the grammar errors, which SVRL
# cannot hold, go to stderr.
$ cd "$SRC" && teipress validate --format svrl tests/validate/fixtures/schema/text-in-list.xml
>* <svrl:schematron-output
>* <svrl:active-pattern id="edition" name="Edition rules"/>
2> tests/validate/fixtures/schema/text-in-list.xml:47:11: error: text not allowed here; expected element "head", "item", "label", "note" or "pb" [relaxng]
=> 1

# The reports of the SVRL name their node by an XPath @location, as SVRL does.
$ cd "$SRC" && teipress validate --format svrl tests/validate/fixtures/rules/pb-gap.xml
>* location="/*[local-name()='TEI' and namespace-uri()='http://www.tei-c.org/ns/1.0'][1]/*[local-name()='text' and namespace-uri()='http://www.tei-c.org/ns/1.0'][1]
>! teipress-node
