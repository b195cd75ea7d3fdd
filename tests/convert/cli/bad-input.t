# convert: every bad input gives FILE:LINE:COL: error: message, its exit code, and no output file.

# A missing file, a directory: the input cannot be read at all (exit 2).
$ teipress convert missing.txt -o out.xml
2> missing.txt:1:1: error: cannot open file: No such file or directory
=> 2

$ mkdir folder && teipress convert folder -o out.xml
2> folder:1:1: error: is a directory, not a file
=> 2

# An empty file, invalid UTF-8: read, but not a reading text (exit 1).
$ : > empty.txt && teipress convert empty.txt -o out.xml
2> empty.txt:1:1: error: file is empty
=> 1

$ printf '1. Title\n\nAb\377c.' > bad-utf8.txt && teipress convert bad-utf8.txt -o out.xml
2> bad-utf8.txt:3:3: error: invalid UTF-8 at byte offset 12 (byte 0xFF)
=> 1

# No heading line.
$ printf 'Memorandum for the Record\n\nText.' > no-heading.txt && teipress convert no-heading.txt -o out.xml
2> no-heading.txt:1:1: error: no heading line: the first line must be 'N. Title' (the document number, a period, a space and the title)
=> 1

# A page marker without a number; the column counts characters (é is one).
$ printf '4. Title\n\nThe détente [Page] of 1968.' > page.txt && teipress convert page.txt -o out.xml
2> page.txt:3:13: error: page marker without a number: expected '[Page N]'
=> 1

# A footnote whose anchor cannot be found.
$ printf '4. Title1\n\nNo anchor here.\n\n  1. Source: A.\n  2. Lost.' > anchor.txt && teipress convert anchor.txt -o out.xml
2> anchor.txt:6:3: error: the anchor of footnote 2 is not in the text: write its number where the note belongs, glued after the word or punctuation (e.g. 'treaty2')
=> 1

# Footnotes listed out of order (one message, not two that contradict each other), missing,
# duplicated, not starting at 0 or 1.
$ printf '4. Title1\n\nOne.2 Two.3\n\n  1. A.\n  3. B.\n  2. C.' > order.txt && teipress convert order.txt -o out.xml
2> order.txt:6:3: error: footnote 3 is listed before footnote 2 (line 7): list the footnotes in the order of their numbers
=> 1

$ printf '4. Title1\n\nOne.2 Two.3\n\n  2. B.\n  1. A.\n  3. C.' > swapped.txt && teipress convert swapped.txt -o out.xml
2> swapped.txt:5:3: error: footnote 2 is listed before footnote 1 (line 6): list the footnotes in the order of their numbers
=> 1

$ printf '4. Title1\n\nOne.2 Two.3\n\n  1. A.\n  3. C.' > gap.txt && teipress convert gap.txt -o out.xml
2> gap.txt:6:3: error: footnote 2 is missing (footnote 3 follows footnote 1)
=> 1

$ printf '4. Title1\n\nOne.2\n\n  1. A.\n  2. B.\n  2. C.' > twice.txt && teipress convert twice.txt -o out.xml
2> twice.txt:7:3: error: footnote 2 is listed twice (first at line 6)
=> 1

# A leading zero would be lost (the TEI keeps the number, not its spelling).
$ printf '4. Title1\n\nOne.2\n\n  1. A.\n  02. B.' > zero.txt && teipress convert zero.txt -o out.xml && ls out.xml
2> zero.txt:6:3: error: footnote number 02 has a leading zero; write 2
=> 1

$ printf '4. Title5\n\nText.\n\n  5. A.' > start.txt && teipress convert start.txt -o out.xml
2> start.txt:5:3: error: footnotes must be numbered from 1 (or 0 for a source note), not from 5
=> 1

# What validate would refuse is refused here, with the reason at its place: a document numbered
# 0, pages that go back, a source note (numbered 0) outside the heading.
$ printf '0. Title\n\nText.' > zero-doc.txt && teipress convert zero-doc.txt -o out.xml
2> zero-doc.txt:1:1: error: document number 0: documents are numbered from 1
=> 1

$ printf '4. Title\n\nOne [Page 31] two.\n\nThree [Page 30] four.' > back.txt && teipress convert back.txt -o out.xml
2> back.txt:5:7: error: page 30 comes after page 31 (line 3): pages must ascend
=> 1

$ printf '4. Title\n\nText.0\n\n  0. Source: A.' > source-zero.txt && teipress convert source-zero.txt -o out.xml
2> source-zero.txt:5:3: error: footnote 0 is a source note: its anchor must be in the heading (it is at line 3, column 6)
=> 1

# A page marked twice would repeat its xml:id; a control character cannot be written in XML.
$ printf '4. Title\n\nOne [Page 3] two.\n\nThree [Page 3] four.' > twice-page.txt && teipress convert twice-page.txt -o out.xml
2> twice-page.txt:5:7: error: page 3 is marked twice (first at line 3)
=> 1

$ printf '4. Title\n\nA bell \007 rings.' > bell.txt && teipress convert bell.txt -o out.xml
2> bell.txt:3:8: error: character U+0007 is not allowed in XML (byte offset 17)
=> 1

# After all those errors, no output file and no temporary file was left behind.
$ ls
>! out.xml
>! .tmp

# An output that names the input is refused, and the input is kept.
$ printf '4. Title\n\nText.' > same.txt && teipress convert same.txt -o same.txt; r=$?; cat same.txt; exit $r
> 4. Title
> 
> Text.
2>* refusing to overwrite the input file same.txt
=> 3

# An output folder that does not exist: exit 3, nothing written.
$ teipress convert same.txt -o no/such/dir/out.xml
2>* no/such/dir/out.xml
=> 3
