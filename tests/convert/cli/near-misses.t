# convert: near misses of the reading-text format are warnings at their place (FILE:LINE:COL:
# warning: …); the text is converted (exit 0) and the text in question stays text.

# A page marker in lower case, abbreviated, or with "p.": not a page break.
$ printf '4. Title\n\nOne [page 30] two [Pg. 31] three [p. 32] four [PAGE XII].' > pages.txt && teipress convert pages.txt -o out.xml && grep -o '<p>One.*</p>' out.xml
> <p>One [page 30] two [Pg. 31] three [p. 32] four [PAGE XII].</p>
2> pages.txt:3:5: warning: '[page 30]' is not a page marker and stays text: write '[Page 30]'
2> pages.txt:3:19: warning: '[Pg. 31]' is not a page marker and stays text: write '[Page 31]'
2> pages.txt:3:34: warning: '[p. 32]' is not a page marker and stays text: write '[Page 32]'
2> pages.txt:3:47: warning: '[PAGE XII]' is not a page marker and stays text: write '[Page XII]'


# A number glued after a word that is not a footnote's (there is no footnote 3).
$ printf '4. Title1\n\nHe gave his answer.3 Then Rusk2 left.\n\n  1. Source: A.\n  2. B.' > stray.txt && teipress convert stray.txt -o out.xml && grep -o 'answer.3 Then' out.xml
> answer.3 Then
2> stray.txt:3:20: warning: '3' after 'answer.' reads like a footnote number, but there is no footnote 3: it stays text

# Decimals, times, grouped figures and designations in capitals are not near misses.
$ printf '4. Title\n\nAt 10:30, 3.5 percent of 1,500 B52 crews.' > figures.txt && teipress convert figures.txt -o out.xml

# "footnote 9 above" in a document with no footnote 9: left as text, not a ref to nowhere.
$ printf '4. Title1\n\nText.2\n\n  1. Source: A.\n  2. See footnote 9 above and footnote 1 above.' > above.txt && teipress convert above.txt -o out.xml && grep -o 'See footnote 9 above and <ref target="#d4fn1">footnote 1 above</ref>' out.xml
> See footnote 9 above and <ref target="#d4fn1">footnote 1 above</ref>
2> above.txt:6:10: warning: 'footnote 9 above' names footnote 9 of this document, which has no footnote 9: it stays text

# A note whose place is not certain: converted at the best place, the others named.
$ printf '4. Title1\n\nRusk said no.2 The Council.2 agreed.\n\n  1. Source: A.\n  2. B.' > doubt.txt && teipress convert doubt.txt -o out.xml && grep -o 'no.<note n="2"' out.xml
> no.<note n="2"
2> doubt.txt:3:14: warning: footnote 2 is anchored here, after 'no.'; its number also stands at line 3, column 28 (after 'Council.')

# A note whose number stands only where a note is unlikely (after a dash): converted there, with a
# warning to check it; a number that stands nowhere is still an error (bad-input.t).
$ printf '4. Title1\n\nThe F-2 fighters arrived.\n\n  1. Source: A.\n  2. B.' > weak.txt && teipress convert weak.txt -o out.xml && grep -o 'F-<note n="2"' out.xml
> F-<note n="2"
2> weak.txt:3:7: warning: footnote 2 is anchored here, after 'F-', the only place where its number stands, but not glued to a word or punctuation: check it
