#!/usr/bin/env python3
# Gives each difference of the round trip its reason, for tests/roundtrip/known-differences.txt
# (a helper to update that list, never a test). Usage, from the source folder:
#   build/tests/roundtrip/roundtrip_report --differences > /tmp/differences.tsv
#   python3 tests/roundtrip/reasons.py /tmp/differences.tsv   # lines VOLUME DOCUMENT FEATURE REASON
# The reason is found by looking up where the text of the feature's first difference stands in
# the source document (its element and parent); review the lines before committing them.
import re, sys, xml.etree.ElementTree as ET
TEI = '{http://www.tei-c.org/ns/1.0}'
XID = '{http://www.w3.org/XML/1998/namespace}id'
INLINE = {'hi', 'persName', 'placeName', 'date', 'gloss', 'ref', 'term', 'orgName', 'name', 'foreign', 'title', 'emph', 'q', 'rs', 'choice', 'sic', 'corr', 'abbr', 'expan', 'lb', 'pb'}
vols = {}
def local(t):
    return t.split('}')[-1] if '}' in t else t
def prefix(t):
    if t.startswith('{http://history.state.gov/frus/ns/1.0}'): return 'frus:' + local(t)
    return local(t)
def norm(s):
    return ' '.join(s.split())
def div_of(vol, doc):
    if vol not in vols:
        root = ET.parse(f'tests/corpus/frus/{vol}.xml').getroot()
        parent = {c: p for p in root.iter() for c in p}
        divs = {d.get(XID): d for d in root.iter(TEI + 'div') if d.get('type') == 'document'}
        vols[vol] = (divs, parent)
    return vols[vol][0][doc], vols[vol][1]
def describe(e, parent):
    name = prefix(e.tag)
    for a in ('rend', 'type', 'place'):
        if e.get(a): name += f'[@{a}="{e.get(a)}"]'; break
    p = parent.get(e)
    return (prefix(p.tag) + '/' if p is not None and local(p.tag) != 'div' else '') + name
def find(div, parent, text):
    text = text.rstrip('…').strip()
    if text.startswith('[') and re.match(r'^\[[^\]]*\] ', text): text = text[text.index('] ') + 2:]
    best = None
    for e in div.iter():
        if local(e.tag) in INLINE or e is div: continue
        t = norm(''.join(e.itertext()))
        if t.startswith(text[:40]) or (len(text) > 8 and text[:40] in t and len(t) < len(text) + 40):
            best = e  # deepest last: iter is document order, children after parents
    return best
out = []
for line in open(sys.argv[1], encoding='utf-8', errors='replace'):
    key, diff = line.rstrip('\n').split('\t', 1)
    vol, doc, feat = key.split()
    if feat == 'refs':
        m = re.search(r"'([^']*)'", diff)
        t = m.group(1) if m else ''
        if t.startswith('#pg_'): r = 'a page reference of a note ("p. 13", "pp. 479") is not linked: convert links no page numbers (the edition folder does not list the volume\'s pages)'
        elif t.startswith('#d'): r = 'a reference "No. N" to another document (the old volumes\' printed numbers) is not linked: convert links "Document N" only'
        else: r = f'a reference to another volume\'s page or document ({t.split("#")[0]}) is not linked: convert links only "Foreign Relations, YEARS, vol. N" citations'
        out.append(f'{key} {r}')
        continue
    m = re.search(r"after the round trip '(.*?)'(?: \(and| after|$)", diff) or re.search(r"in the source, '(.*?)' after the round trip", diff)
    what = 'a paragraph' if feat == 'paragraphs' else 'list items'
    if m:
        y = m.group(1)
        div, parent = div_of(vol, doc)
        e = find(div, parent, y)
        short = y if len(y) <= 40 else y[:40].rstrip() + '…'
        if '|' in y:
            r = f'a table of the source (its rows written "{short}") comes back as {what}: convert reads no tables'
        elif e is not None and local(e.tag) == 'head' and local(parent[e].tag) == 'list':
            r = f'the head of a list "{short}" comes back as an item: convert reads no list heads'
        elif e is not None and local(e.tag) == ('p' if feat == 'paragraphs' else 'item') and describe(e, parent) in ('p', 'item'):
            r = f'the source\'s {local(e.tag)} "{short}" comes back differently cut (joined with or split from its neighbours)'
        elif e is not None and local(e.tag) == 'note':
            r = f'the source\'s {describe(e, parent)} (a source note typed in the text) "{short}" comes back as {what}: the reading text writes it as a line of its own and convert has no reading for a source note in the text'
        elif e is not None and local(e.tag) == 'dateline':
            r = f'the source\'s {describe(e, parent)} "{short}" comes back as {what}: convert reads a typed dateline only right after the heading (a line `PLACE, DATE`, or two with the place begun on the first), and this one stands elsewhere (after a source note, in an attachment) or is written otherwise'
        elif e is not None and local(e.tag) in ('signed', 'closer', 'salute'):
            r = f'the source\'s {describe(e, parent)} "{short}" comes back as {what}: convert reads no closer or signature in a reading text'
        elif e is not None:
            r = f'the source\'s {describe(e, parent)} "{short}" comes back as {what}: the reading text writes it as line(s) of their own and convert cannot tell it from {what}'
        else:
            r = f'"{short}" comes back as {what}; its place in the source was not found by the classifier'
    else:
        m = re.search(r"^(?:paragraph|item) \d+: '(.*?)' in the source, lost", diff)
        short = m.group(1)[:40] if m else ''
        r = f'the source\'s {"paragraph" if feat == "paragraphs" else "item"} "{short}" is not read back as one (convert reads its lines as another structure)'
    r = r.replace('\t', ' ')
    out.append(f'{key} {r}')
print('\n'.join(out))
