# teipress validate --profile, --phase, --embedded-rules: the options and their bad uses.
$ teipress validate --profile nope x.xml
2> teipress validate: error: unknown --profile 'nope' (expected edition, frus or tei)
2> run 'teipress validate --help' for usage
=> 2

$ teipress validate --profile frus --schema x.rng x.xml
2> teipress validate: error: --profile and --schema exclude each other (a profile names its grammar)
2> run 'teipress validate --help' for usage
=> 2

$ teipress validate --profile edition --rules x.sch x.xml
2> teipress validate: error: --profile and --rules exclude each other (a profile names its rules; use --schema RNG --rules SCH)
2> run 'teipress validate --help' for usage
=> 2

# --phase needs rules: the profile tei has none, nor --no-rules, nor --schema alone.
$ teipress validate --profile tei --phase x x.xml
2> teipress validate: error: --phase needs Schematron rules (--rules SCH, or the profile edition or frus)
2> run 'teipress validate --help' for usage
=> 2

$ teipress validate --no-rules --phase x x.xml
2> teipress validate: error: --phase needs Schematron rules (--rules SCH, or the profile edition or frus)
2> run 'teipress validate --help' for usage
=> 2

$ teipress validate --schema "$SRC/schema/teipress.rng" --phase x x.xml
2> teipress validate: error: --phase needs Schematron rules (--rules SCH, or the profile edition or frus)
2> run 'teipress validate --help' for usage
=> 2

# An unknown phase: the phases there are (the edition's rules have none).
$ teipress validate --phase nope "$SRC/tests/validate/fixtures/valid/document.xml"
2>* schema/teipress.sch:1:1: error: no phase "nope" in these rules (they define no phase; #ALL and #DEFAULT run every pattern)
=> 2

$ cd "$SRC/tests/validate/fixtures/schematron" && teipress validate --schema ../../../../schema/teipress.rng --no-rules --rules phases.sch document.xml
2> teipress validate: error: --rules and --no-rules exclude each other
2> run 'teipress validate --help' for usage
=> 2

$ cd "$SRC/tests/validate/fixtures/schematron" && teipress validate --schema ../../../../schema/teipress.rng --rules phases.sch --phase later document.xml
2> phases.sch:1:1: error: no phase "later" in these rules (phases: paragraphs, all-but-lists, lists; or #ALL, #DEFAULT)
=> 2

# A phase of one's rules: only its patterns run.
$ cd "$SRC/tests/validate/fixtures/schematron" && teipress validate --schema ../../../../schema/teipress.rng --rules phases.sch --phase lists document.xml
2> document.xml:17:9: error: a list of 3 items [list-short]
2> 1 file checked: 1 error, 0 warnings; 1 not valid
=> 1

$ cd "$SRC/tests/validate/fixtures/schematron" && teipress validate --schema ../../../../schema/teipress.rng --rules phases.sch --phase '#ALL' document.xml 2>&1 | grep -c '\[seen-\|\[list-short\]'
> 4

# The Schematron a grammar carries: what runs reports; what cannot run (XPath 2, a syntax error)
# is listed by id and reason, and counted in the summary.
$ cd "$SRC/tests/validate/fixtures/embedded" && teipress validate --schema grammar.rng --embedded-rules document.xml
2> grammar.rng:39: note: not run: the @test of sch:assert calls matches(), which XPath 1.0 does not have (matches(., '^[A-Z]')) [needs-xpath2]
2> grammar.rng:44: note: not run: does not compile with XPath 1.0: Invalid expression: 'not(string-length(.) gt 0)' [not-xpath]
2> document.xml:4:3: error: the header is not empty [header-titled]
2> document.xml:6:5: error: paragraph numbered x [p-numbered]
2> document.xml:7:5: error: paragraph numbered old [old-style]
2> document.xml:8:5: error: a paragraph has text [p-not-empty]
2> 1 file checked: 4 errors, 0 warnings; 1 not valid; embedded constraints: 5 run, 2 not run
=> 1

$ cd "$SRC/tests/validate/fixtures/embedded" && teipress validate --schema grammar.rng --embedded-rules --format github document.xml
>* ::notice file=grammar.rng,line=39,title=teipress [needs-xpath2] not run::constraint needs-xpath2 was not run: the @test of sch:assert calls matches()
>* ::error file=document.xml,line=6,col=5,title=teipress [p-numbered]::paragraph numbered x
=> 1

$ cd "$SRC/tests/validate/fixtures/embedded" && teipress validate --schema grammar.rng --embedded-rules --no-rules --format svrl document.xml
>* <svrl:text>constraint needs-xpath2 (grammar.rng:39) was not run: the @test of sch:assert calls matches()
>* <svrl:text>constraint not-xpath (grammar.rng:44) was not run: does not compile with XPath 1.0
>! teipress-node
=> 1

# The edition's grammar carries no Schematron: nothing to run, nothing skipped.
$ teipress validate --embedded-rules --no-rules "$SRC/tests/validate/fixtures/valid/document.xml"
2> 1 file checked: 0 errors, 0 warnings; embedded constraints: 0 run, 0 not run

# The profile frus (tei_all with the FRUS additions, and the FRUS rules) on the Office's
# reviewed excerpt of vol. XVII: the one error (two dates in publicationStmt, the Office's rule
# allows one) and the three documents of the volume its notes point to, not in the excerpt.
$ cd "$SRC/tests/corpus/frus" && teipress validate --profile frus frus1964-68v17-d1-d9.xml
2> frus1964-68v17-d1-d9.xml:16:13: error: publicationStmt needs exactly one date [tei-header-checks.date]
2> frus1964-68v17-d1-d9.xml:1814:75: warning: ref/@target='#d142' points to a document of the volume that is not in this file: not checked (a split document or an excerpt points to the rest of its volume; validate the whole volume to check it) [pointer-checks.ref-outside-file]
2> frus1964-68v17-d1-d9.xml:1815:62: warning: ref/@target='#d143' points to a document of the volume that is not in this file: not checked (a split document or an excerpt points to the rest of its volume; validate the whole volume to check it) [pointer-checks.ref-outside-file]
2> frus1964-68v17-d1-d9.xml:2265:85: warning: ref/@target='#d12' points to a document of the volume that is not in this file: not checked (a split document or an excerpt points to the rest of its volume; validate the whole volume to check it) [pointer-checks.ref-outside-file]
2> 1 file checked: 1 error, 3 warnings; 1 not valid
=> 1
