#!/usr/bin/env bash
# Makes the benchmark inputs of validate_bench.sh from one converted FRUS document (TEI as
# teipress convert writes it): a volume-sized TEI file holding N copies of the document
# renumbered as documents 1…N (ids, notes and pages follow), and the same N documents as N
# separate files.
# Usage: validate_make_volume.sh DOCUMENT.xml N OUT_DIR [volume-only]
#        (writes OUT_DIR/volume.xml, and OUT_DIR/docs/dNNN.xml unless volume-only)
set -euo pipefail
doc=$1 n=$2 out=$3 only=${4:-}
mkdir -p "$out/docs"
# One awk pass writes the volume; the separate files are cut from the same renumbered divs.
awk -v n="$n" -v out="$out" -v only="$only" '
  function renumber(line, i,    pre, rest, p, q) {
    gsub(/"d[0-9]+fn/, "\"d" i "fn", line); gsub(/"#d[0-9]+fn/, "\"#d" i "fn", line)
    gsub(/xml:id="d[0-9]+"/, "xml:id=\"d" i "\"", line)
    if (line ~ /<div type="document"/) sub(/ n="[0-9]+"/, " n=\"" i "\"", line)
    sub(/<head>[0-9]+\. /, "<head>" i ". ", line) # a heading that carries the number
    # pages: page p of the source becomes p - first + 4i (four pages a document)
    rest = line; pre = ""
    while (match(rest, /<pb n="[0-9]+" xml:id="pg_[0-9]+"/)) {
      p = substr(rest, RSTART, RLENGTH); sub(/^<pb n="/, "", p); sub(/".*/, "", p)
      q = p - first + 4 * i
      pre = pre substr(rest, 1, RSTART - 1) "<pb n=\"" q "\" xml:id=\"pg_" q "\""
      rest = substr(rest, RSTART + RLENGTH)
    }
    return pre rest
  }
  { lines[NR] = $0 }
  /<div type="document"/ && !start { start = NR }
  /<\/body>/ { body_end = NR }
  /<pb n="[0-9]+"/ && !first { s = $0; sub(/.*<pb n="/, "", s); sub(/".*/, "", s); first = s }
  END {
    vol = out "/volume.xml"
    for (k = 1; k < start; ++k) print lines[k] > vol
    for (i = 1; i <= n; ++i) {
      f = sprintf("%s/docs/d%03d.xml", out, i)
      if (only == "") for (k = 1; k < start; ++k) print lines[k] > f
      for (k = start; k < body_end; ++k) { l = renumber(lines[k], i); print l > vol; if (only == "") print l > f }
      if (only == "") { for (k = body_end; k <= NR; ++k) print lines[k] > f; close(f) }
    }
    for (k = body_end; k <= NR; ++k) print lines[k] > vol
  }' "$doc"
