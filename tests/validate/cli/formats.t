# The report formats of teipress validate (their content is checked in validate_formats_test).
%requires xsltproc
$ cd "$SRC" && teipress validate --format github tests/validate/fixtures/rules/pb-gap.xml tests/validate/fixtures/rules/note-n.xml
> ::warning file=tests/validate/fixtures/rules/pb-gap.xml,line=17,col=9,title=teipress [pb-gap]::page 209 is missing: page 210 follows page 208
> ::error file=tests/validate/fixtures/rules/note-n.xml,line=16,col=17,title=teipress [note-n]::note numbered "3" should be 2: notes are numbered 1, 2, 3 … within each document
=> 1

$ cd "$SRC" && teipress validate --format json tests/validate/fixtures/valid/document.xml
>* "valid": true,
>* {"file": "tests/validate/fixtures/valid/document.xml", "valid": true, "readable": true, "errors": 0, "warnings": 0, "diagnostics": []}

$ cd "$SRC" && teipress validate --format sarif tests/validate/fixtures/rules/ref-target.xml
>* "version": "2.1.0",
>* "ruleId": "ref-target"
>* {"artifactLocation": {"uri": "tests/validate/fixtures/rules/ref-target.xml"}, "region": {"startLine": 16, "startColumn": 48}}
=> 1

$ cd "$SRC" && teipress validate --format junit tests/validate/fixtures/rules/note-n.xml tests/validate/fixtures/valid/document.xml
>* <testsuites name="teipress validate" tests="2" failures="1" errors="0">
>*     <testcase classname="teipress.validate" name="tests/validate/fixtures/valid/document.xml"/>
=> 1

$ cd "$SRC" && teipress validate --format svrl tests/validate/fixtures/rules/pb-gap.xml
>* <svrl:schematron-output
>* id="pb-gap" role="warning"

# -o writes the report atomically to a file; stdout stays empty.
$ teipress validate --format sarif -o report.sarif "$SRC/tests/validate/fixtures/valid/document.xml" && grep -c '"results": \[\]' report.sarif
> 1

$ teipress validate --format xml "$SRC/tests/validate/fixtures/valid/document.xml"
2> teipress validate: error: unknown --format 'xml' (expected text, json, junit, github, sarif or svrl)
2> run 'teipress validate --help' for usage
=> 2

$ teipress validate --format svrl "$SRC/tests/validate/fixtures/valid/document.xml" "$SRC/tests/validate/fixtures/valid/kitchen-sink.xml"
2> teipress validate: error: --format svrl takes exactly one FILE
2> run 'teipress validate --help' for usage
=> 2

# The compiled rules are plain XSLT 1.0: xsltproc runs them too, with the same findings.
$ xsltproc "$SRC/xslt/schematron/compile.xsl" "$SRC/schema/teipress.sch" > rules.xsl && xsltproc rules.xsl "$SRC/tests/validate/fixtures/rules/pb-gap-range.xml" | grep -c 'successful-report test=.* id="pb-gap" role="warning"'
> 1
