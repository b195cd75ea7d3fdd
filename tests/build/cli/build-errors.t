# teipress build: bad sources, bad options. Nothing is built, and the exit code says why.
$ teipress build nowhere -o out
2> nowhere:1:1: error: no such file or folder (expected an edition folder or a volume's TEI file)
=> 2

$ teipress build - -o out
2> teipress build: error: build reads an edition folder or a volume's TEI file; standard input (-) is neither
2> run 'teipress build --help' for usage
=> 2

$ mkdir empty && teipress build empty -o out
2> empty:1:1: error: no reading texts (*.txt) in the folder
=> 2

$ mkdir noed && printf '1. A heading\n\nText.' > noed/d1.txt && teipress build noed -o out
2> noed/edition.xml: error: no edition.xml: an edition folder needs the volume's record (`teipress init` writes one)
=> 2
$ test ! -e out/d1.html

$ echo '<x/>' > notei.xml && teipress build notei.xml -o out
2> notei.xml:1:1: error: not a TEI document: the root element must be <TEI xmlns="http://www.tei-c.org/ns/1.0">
=> 1

$ echo '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>x</p></body></text></TEI>' > nodocs.xml && teipress build nodocs.xml -o out
2> nodocs.xml:1:48: error: not a volume: no document (div type="document") in its text/body
=> 1

$ printf '<TEI' > malformed.xml && teipress build malformed.xml -o out
2>* malformed.xml:1:5: error:
=> 1

# The output folder must be a folder.
$ touch file && teipress build nodocs.xml -o file
2> file:1:1: error: cannot create the output folder: not a folder
=> 3

# Options.
$ teipress build nodocs.xml
2> teipress build: error: the option '--output' is required but missing
2> run 'teipress build --help' for usage
=> 2

$ teipress build -o out
2> teipress build: error: no source given (an edition folder or a volume's TEI file)
2> run 'teipress build --help' for usage
=> 2

$ teipress build nodocs.xml -o out --formats docx
2> teipress build: error: unknown format 'docx' in --formats (expected html, latex, pdf, text, markdown, epub, or all)
2> run 'teipress build --help' for usage
=> 2

$ teipress build nodocs.xml -o out --formats html,
2> teipress build: error: --formats needs a list of formats separated by commas (html, latex, pdf, text, markdown, epub, or all), got 'html,'
2> run 'teipress build --help' for usage
=> 2

$ teipress build nodocs.xml -o out --shard 3/2
2> teipress build: error: --shard 3/2: there is no share 3 of 2 (K must be at most N)
2> run 'teipress build --help' for usage
=> 2

$ teipress build nodocs.xml -o out --shard 0/2
2> teipress build: error: --shard needs K/N, two whole numbers with 1 <= K <= N <= 10000 (e.g. 2/4), got '0/2'
2> run 'teipress build --help' for usage
=> 2

$ teipress build nodocs.xml -o out --shard half
2> teipress build: error: --shard needs K/N, two whole numbers with 1 <= K <= N <= 10000 (e.g. 2/4), got 'half'
2> run 'teipress build --help' for usage
=> 2

$ teipress build nodocs.xml -o out --shard 1/2 --assemble
2> teipress build: error: --assemble and --shard exclude each other: build the shares, then assemble
2> run 'teipress build --help' for usage
=> 2

$ teipress build nodocs.xml -o out --assemble --force
2> teipress build: error: --assemble and --force exclude each other: --assemble builds no document
2> run 'teipress build --help' for usage
=> 2

$ teipress build nodocs.xml -o out -j -1
2> teipress build: error: --jobs must be a whole number from 0 (one per core) to 1024, not -1
2> run 'teipress build --help' for usage
=> 2
