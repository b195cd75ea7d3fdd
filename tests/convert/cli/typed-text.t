# convert: what a person types from the printed volume — a dateline after the heading, list
# labels, note numbers after telegram and document numbers or after a space.

# A typed dateline becomes opener/dateline with placeName and date/@when (the time inside the date).
$ printf '4. Telegram From the Embassy in Czechoslovakia to the Department of State\n\nPrague, March 3, 1965, 1400Z.\n\nText.' > dated.txt && teipress convert dated.txt | grep -A1 '<opener>'
>         <opener>
>           <dateline><placeName>Prague</placeName>, <date when="1965-03-03T14:00:00Z">March 3, 1965, 1400Z</date>.</dateline>

$ printf '5. Memorandum\n\nWashington, July 20, 1968.\n\nText.' > washington.txt && teipress convert washington.txt | grep '<dateline>'
>           <dateline><placeName>Washington</placeName>, <date when="1968-07-20">July 20, 1968</date>.</dateline>

# A date that is not a day of the calendar is kept, without @when, and said so.
$ printf '6. Memorandum\n\nWashington, February 30, 1968.\n\nText.' > bad-date.txt && teipress convert bad-date.txt | grep '<dateline>'
>           <dateline><placeName>Washington</placeName>, <date>February 30, 1968</date>.</dateline>
2> bad-date.txt:3:13: warning: 'February 30, 1968' is not a day of the calendar: the date is kept without @when

# A sentence that only looks like a dateline stays a paragraph.
$ printf '7. Memorandum\n\nIn Prague, March 3, 1965.\n\nText.' > prose.txt && teipress convert prose.txt | grep -c '<opener>'
> 0
=> 1

# With the edition: its dateline (documents/d67.xml) is used whatever the blank lines after the
# heading; a typed dateline is kept, with a warning when it differs from the edition's.
$ printf '67. Memorandum\n\nText.' > one-blank.txt && teipress convert one-blank.txt --edition "$SRC/editions/frus1964-68v17" | grep '<dateline>'
>           <dateline><supplied><placeName>Washington</placeName>, <date when="1968-07-20">July 20, 1968</date></supplied></dateline>

$ printf '67. Memorandum\n\nWashington, July 21, 1968.\n\nText.' > differs.txt && teipress convert differs.txt --edition "$SRC/editions/frus1964-68v17" -o out.xml
2> differs.txt:3:1: warning: the dateline differs from the edition's documents/d67.xml ('Washington, July 20, 1968'): the typed one is kept

$ printf '68. Memorandum\n\n\nText.' > no-meta.txt && teipress convert no-meta.txt --edition "$SRC/editions/frus1964-68v17" -o out.xml && grep -c 'dateline-not-in-reading-text' out.xml
> 1
2> no-meta.txt:2:1: warning: the dateline is left out (two blank lines after the heading) and the edition has no documents/d68.xml: a gap marks it

# The labels of a list: label elements before their items; an ordinary block has none.
$ printf '8. Memorandum\n\nThe points:\n\nA. Talks in Vienna.\nB. Trade.\n\n(1) First.\n[Page 3]\n(2) Second.\n\nOne line.\nAnother line.' > labels.txt && teipress convert labels.txt | grep -E '<(label|item|pb)'
>           <label>A.</label>
>           <item>Talks in Vienna.</item>
>           <label>B.</label>
>           <item>Trade.</item>
>           <label>(1)</label>
>           <item>First.</item>
>           <pb n="3" xml:id="pg_3"/>
>           <label>(2)</label>
>           <item>Second.</item>
>           <item>One line.</item>
>           <item>Another line.</item>

# Note numbers after telegram and document numbers (Embtel 418 + note 2, NSAM 304 + note 3), the
# source note after "No. 304" at the end of the heading, a note after a space ("Dean 5").
$ printf '4. National Security Action Memorandum No. 3041\n\nAs reported in Embtel 4182 the Czechs agreed.\n\nThe draft reply to NSAM 3043 outlines action programs.4\n\nDean 5\n\n  1. Source: Department of State, S/S-NSC Files: Lot 72 D 316, NSAM 304. Secret.\n  2. Telegram 418 from Prague is not printed.\n  3. Document 4.\n  4. Not printed.\n  5. Printed from a copy that bears this typed signature.' > figures.txt && teipress convert figures.txt | grep -oE '(No\.|Embtel|NSAM|Dean) [0-9.]*<note n="[0-9]"'
> No. 304<note n="1"
> Embtel 418<note n="2"
> NSAM 304<note n="3"
> Dean <note n="5"
