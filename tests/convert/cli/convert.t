# convert: the good paths (standard output, -o, --edition, --stop-after, BOM and CRLF).
$ printf '3. Telegram From the Embassy in Poland to the Department of State1\n\n\n100. Text.2\n\nGronouski\n\n  1. Source: Department of State, Central Files, POL 1. Secret.\n  2. See Document 2.' > t.txt

$ teipress convert t.txt
>* <div type="document" xml:id="d3" n="3" subtype="historical-document">
>* <head>3. Telegram From the Embassy in Poland to the Department of State<note n="1" xml:id="d3fn1" type="source">Source: Department of State, Central Files, POL 1. Secret.</note></head>
>* <p>100. Text.<note n="2" xml:id="d3fn2">See <ref target="#d2">Document 2</ref>.</note></p>
>* <signed>Gronouski</signed>
>* <bibl type="archival-source">Department of State, Central Files, POL 1</bibl>

$ teipress convert t.txt -o t.xml && grep -c '<TEI' t.xml
> 1

# A UTF-8 BOM and CRLF line ends are accepted and give the same TEI.
$ printf '\357\273\2773. Telegram From the Embassy in Poland to the Department of State1\r\n\r\n\r\n100. Text.2\r\n\r\nGronouski\r\n\r\n  1. Source: Department of State, Central Files, POL 1. Secret.\r\n  2. See Document 2.' > crlf.txt && teipress convert crlf.txt | sed 's/crlf.txt/t.txt/' > crlf.xml && cmp crlf.xml t.xml

# --stop-after shows each step.
$ teipress convert t.txt --stop-after read
>! <teiHeader>
>! <ref
>* <opener>

$ teipress convert t.txt --stop-after link_references
>* <ref target="#d2">Document 2</ref>
>! <teiHeader>

$ teipress convert t.txt --stop-after nothing
2> teipress convert: error: unknown step 'nothing' for --stop-after (one of: read, link_references, fill_dateline, tag_names, attach_back_matter, build_header)
2> run 'teipress convert --help' for usage
=> 2

# With the bundled edition: names, the dateline, the back matter.
$ teipress convert "$SRC/editions/frus1964-68v17/d67.txt" --edition "$SRC/editions/frus1964-68v17"
>* <persName corresp="#p_RD1" type="to">Rusk</persName>
>* <dateline><supplied><placeName>Washington</placeName>, <date when="1968-07-20">July 20, 1968</date></supplied></dateline>
>* <div type="section" subtype="index" xml:id="persons">
>* <creation><date when="1968-07-20">July 20, 1968</date></creation>

$ teipress convert --help
>* usage: teipress convert INPUT.txt [-o FILE] [--edition DIR] [--stop-after STEP]
>* --stop-after STEP

$ teipress convert
2> teipress convert: error: no input file given
2> run 'teipress convert --help' for usage
=> 2
