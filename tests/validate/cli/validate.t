# teipress validate: the edition's schema and rules; exit codes 0 (valid, warnings allowed),
# 1 (invalid), and --strict.
$ cd "$SRC" && teipress validate tests/validate/fixtures/valid/document.xml tests/validate/fixtures/valid/kitchen-sink.xml
2> 2 files checked: 0 errors, 0 warnings

$ cd "$SRC" && teipress validate tests/validate/fixtures/rules/note-n.xml
2> tests/validate/fixtures/rules/note-n.xml:16:17: error: note numbered "3" should be 2: notes are numbered 1, 2, 3 … within each document [note-n]
2> 1 file checked: 1 error, 0 warnings; 1 not valid
=> 1

# A missing page is a warning: valid, unless --strict.
$ cd "$SRC" && teipress validate tests/validate/fixtures/rules/pb-gap.xml
2> tests/validate/fixtures/rules/pb-gap.xml:17:9: warning: page 209 is missing: page 210 follows page 208 [pb-gap]
2> 1 file checked: 0 errors, 1 warning

$ cd "$SRC" && teipress validate --strict tests/validate/fixtures/rules/pb-gap.xml
2>* warning: page 209 is missing
2>* 1 not valid (--strict: warnings fail)
=> 1

# A grammar error names what was expected, at the start tag.
$ cd "$SRC" && teipress validate tests/validate/fixtures/schema/text-in-list.xml
2> tests/validate/fixtures/schema/text-in-list.xml:47:11: error: text not allowed here; expected element "head", "item", "label", "note" or "pb" [relaxng]
2> 1 file checked: 1 error, 0 warnings; 1 not valid
=> 1

# Many files: reported in the order given, whatever the threads.
$ cd "$SRC/tests/validate/fixtures/rules" && teipress validate -j 3 pb-n.xml note-id.xml document-id.xml pb-gap.xml
2> pb-n.xml:16:17: error: a page break (pb) needs @n, the number of the page that begins here [pb-n]
2> note-id.xml:16:17: error: note 2 of document 5 must have xml:id="d5fn2"; found "d5n2" [note-id]
2> document-id.xml:14:7: error: document 5 must have xml:id="d5"; found "d6" [document-id]
2> pb-gap.xml:17:9: warning: page 209 is missing: page 210 follows page 208 [pb-gap]
2> 4 files checked: 3 errors, 1 warning; 3 not valid
=> 1

# Only the grammar: --no-rules.
$ cd "$SRC" && teipress validate --no-rules tests/validate/fixtures/rules/note-n.xml
2> 1 file checked: 0 errors, 0 warnings

# Every TEI file of the bundled edition is valid.
$ cd "$SRC" && find editions -name '*.xml' | sort | xargs teipress validate
2>* files checked: 0 errors,
2>! : error:

$ teipress validate --help
>* usage: teipress validate FILE... [--profile NAME] [--schema FILE]
>* --format FORMAT
>* NAME is one of: edition, frus, tei
