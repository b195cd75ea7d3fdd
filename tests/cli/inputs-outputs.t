# Inputs and outputs of every command (issue 9: items 1, 2, 4, 5, 6, 8, 12; issue 13 part 3).

# No command writes over any of its inputs, the edition folder's files included.
$ cp -r "$SRC/editions/frus1964-68v17" ed && teipress build ed -o ed/documents > /dev/null
2>* ed/documents/d67.xml:1:1: error: refusing to overwrite the input file ed/documents/d67.xml
=> 3
$ cmp ed/documents/d67.xml "$SRC/editions/frus1964-68v17/documents/d67.xml"
$ teipress convert --edition ed -o ed/edition.xml ed/d67.txt
2> ed/edition.xml:1:1: error: refusing to overwrite the input file ed/edition.xml
=> 3
$ cmp ed/edition.xml "$SRC/editions/frus1964-68v17/edition.xml"
$ teipress convert ed/d67.txt -o ed/d67.txt
2> ed/d67.txt:1:1: error: refusing to overwrite the input file ed/d67.txt
=> 3
$ ln -s ed/d67.txt alias.txt && teipress convert ed/d67.txt -o alias.txt
2> alias.txt:1:1: error: refusing to overwrite the input file ed/d67.txt
=> 3
$ teipress convert - -o ed/d67.txt < ed/d67.txt
2> ed/d67.txt:1:1: error: refusing to overwrite the input file -
=> 3
$ teipress render ed/d67.xml --to text -o ed/d67.xml
2> ed/d67.xml:1:1: error: refusing to overwrite the input file ed/d67.xml
=> 3
$ teipress validate ed/d67.xml --format json -o ed/d67.xml
2> ed/d67.xml:1:1: error: refusing to overwrite the input file ed/d67.xml
=> 3

# A symbolic link to another file is written through: the file it names is replaced, the link stays.
$ echo old > real.xml && ln -s real.xml link.xml && teipress convert ed/d67.txt -o link.xml && test -L link.xml && grep -c '<TEI' real.xml
> 1

# Standard output, a FIFO and a character device are written through, never replaced.
$ teipress convert ed/d67.txt -o /dev/stdout | grep -c '<TEI'
> 1
$ teipress convert ed/d67.txt -o - | grep -c '<TEI'
> 1
$ mkfifo out.fifo && { cat out.fifo > from-fifo.xml & reader=$!; teipress convert ed/d67.txt -o out.fifo; wait $reader; } && test -p out.fifo && grep -c '<TEI' from-fifo.xml
> 1
# (As root a copy of /dev/null made with mknod, so that a regression cannot break the system;
# otherwise /dev/null itself, whose folder is not writable.)
$ if [ "$(id -u)" = 0 ]; then mknod null c 1 3; dev=./null; else dev=/dev/null; fi && teipress convert ed/d67.txt -o $dev && test -c $dev && echo "still a character device"
> still a character device

# Outputs: a folder is named as such; the longest legal name works.
$ teipress convert ed/d67.txt -o ed/
2> ed/:1:1: error: names a folder (it ends in '/'): give the output a file name, e.g. ed/out.xml
=> 3
$ teipress convert ed/d67.txt -o ed
2> ed:1:1: error: is a folder, not a file: give the output a file name, e.g. ed/out.xml
=> 3
$ teipress convert ed/d67.txt -o nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn.xml && ls | grep -c '^n*\.xml$'
> 1

# Standard input is "-" in every command that reads a file; each input is read once (a FIFO or
# a pipe cannot be read twice).
$ teipress convert - < ed/d67.txt | grep -c 'Converted from the reading text (standard input)'
> 1
$ cat ed/d67.txt | teipress convert /dev/stdin -o piped.xml && grep -c '<TEI' piped.xml
> 1
$ mkfifo in.fifo && (cat ed/d67.txt > in.fifo &) && teipress convert in.fifo -o from-fifo-input.xml && grep -c '<TEI' from-fifo-input.xml
> 1
$ teipress validate - < ed/d67.xml
2> -:104:410: warning: page 209 is missing: page 210 follows page 208 [pb-gap]
2> 1 file checked: 0 errors, 1 warning
$ teipress validate - - < ed/d67.xml
2> teipress validate: error: standard input (-) can be given once only
2> run 'teipress validate --help' for usage
=> 2
$ teipress render - --to text < ed/d67.xml | head -c 3
> 67.
$ cat ed/d67.xml | teipress render - --to text --validate -o back.txt && cmp back.txt ed/d67.txt
$ teipress build - -o out
2> teipress build: error: build reads an edition folder or a volume's TEI file; standard input (-) is neither
2> run 'teipress build --help' for usage
=> 2

# "--" ends the options: a file named like an option.
$ cp ed/d67.txt ./-o && teipress convert -o dashes.xml -- -o && grep -c '<TEI' dashes.xml
> 1
$ teipress convert -- -o -o x.xml
2> teipress convert: error: too many positional options have been specified on the command line
2> run 'teipress convert --help' for usage
=> 2

# -j: nonsense refused; a large number is capped, not a crash.
$ teipress validate -j -1 ed/d67.xml
2> teipress validate: error: --jobs must be a whole number from 0 (one per core) to 1024, not -1
2> run 'teipress validate --help' for usage
=> 2
$ teipress validate -j 1024 ed/d67.xml ed/edition.xml
2>* 2 files checked: 0 errors, 1 warning

# Garbage after a NUL byte past the root element is not valid XML (libxml2 stops at the NUL).
$ cp ed/d67.xml nul.xml && printf '\000<garbage' >> nul.xml && teipress validate nul.xml
2>* nul.xml:133:1: error: not well-formed XML: a NUL byte (U+0000) is not allowed in XML [xml]
=> 1
$ teipress render nul.xml --to text -o nul.txt
2> nul.xml:133:1: error: a NUL byte (U+0000) is not allowed in XML
=> 1

# A malformed file: its first error only, as jing gives it.
$ printf '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text>\n<body>\n<div>\n<p>unclosed\n</div>\n</body>\n</text>\n</TEI>\n' > unclosed.xml
$ teipress validate unclosed.xml
2> unclosed.xml:6:7: error: not well-formed XML: Opening and ending tag mismatch: p line 5 and div [xml]
2> 1 file checked: 1 error, 0 warnings; 1 not valid
=> 1
$ teipress render unclosed.xml --to html
2> unclosed.xml:6:7: error: Opening and ending tag mismatch: p line 5 and div
=> 1

# File names: a newline cannot forge a report line; JSON and JUnit stay valid UTF-8.
$ cp ed/d67.xml "$(printf 'bad\nname.xml')" && teipress validate "$(printf 'bad\nname.xml')" -j 1 --no-rules --schema "$SRC/schema/teipress.rng"
2> 1 file checked: 0 errors, 0 warnings
$ printf '<x/>' > "$(printf 'forged\nname.xml')" && teipress validate "$(printf 'forged\nname.xml')"
2> forged\nname.xml:1:1: error: not a TEI document: the root element "x" is in no namespace; expected "TEI" in the namespace http://www.tei-c.org/ns/1.0 [tei]
2> 1 file checked: 1 error, 0 warnings; 1 not valid
=> 1
$ printf '<x/>' > "$(printf 'b\377d.xml')" && teipress validate "$(printf 'b\377d.xml')" --format json -o r.json; iconv -f UTF-8 -t UTF-8 r.json > /dev/null && grep -c '"file": "b\\\\xFFd.xml"' r.json
> 1
$ teipress validate "$(printf 'b\377d.xml')" --format junit -o r.junit; iconv -f UTF-8 -t UTF-8 r.junit > /dev/null && grep -c 'name="b\\xFFd.xml"' r.junit
> 1
$ teipress validate "$(printf 'b\377d.xml')"
2>* b\xFFd.xml:1:1: error: not a TEI document
=> 1
