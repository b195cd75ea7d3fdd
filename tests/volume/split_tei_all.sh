#!/bin/sh
# What split adds to a document is valid TEI: every split document of the corpus is checked
# with jing against tei_all.rng, and every error jing reports must lie inside the document as
# the volume has it (between <body> and </body>: the frus: extensions the volume has there
# too), none in the teiHeader or back that split wrote. And every file of the edition folders
# `init --from` derives from the corpus volumes is valid. Skipped (77) without jing.
# Usage: split_tei_all.sh TEIPRESS SOURCE_DIR SCRATCH_DIR
set -u
teipress=$1 src=$2 scratch=$3
command -v jing >/dev/null 2>&1 || { echo "jing not found: skipped"; exit 77; }
rm -rf "$scratch" && mkdir -p "$scratch" || exit 1
for f in "$src"/tests/corpus/frus/*.xml; do
  "$teipress" split "$f" -o "$scratch/$(basename "$f" .xml)" >/dev/null 2>&1 || { echo "split failed: $f"; exit 1; }
done
jing "$src/schema/tei/tei_all.rng" "$scratch"/*/d*.xml > "$scratch/jing.out" 2>&1
awk -v out="$scratch/jing.out" '
  /<body>/ { b[FILENAME] = FNR } /<\/body>/ { e[FILENAME] = FNR }
  END {
    files = 0; for (f in b) files++
    while ((getline line < out) > 0) {
      split(line, p, ":"); f = p[1]; l = p[2] + 0
      if (!(f in b) || l <= b[f] || l >= e[f]) { print "outside the document: " line; bad++ }
      n++
    }
    printf "%d split documents checked, %d jing errors, all inside the documents as the volume has them\n", files, n
    exit bad > 0
  }' "$scratch"/*/d*.xml || exit 1
for f in "$src"/tests/corpus/frus/*.xml; do
  "$teipress" init "$scratch/init/$(basename "$f" .xml)" --from "$f" >/dev/null || { echo "init --from failed: $f"; exit 1; }
done
if jing "$src/schema/tei/tei_all.rng" "$scratch"/init/*/*.xml "$scratch"/init/*/documents/*.xml > "$scratch/init.out" 2>&1; then
  echo "$(ls "$scratch"/init/*/*.xml "$scratch"/init/*/documents/*.xml | wc -l) files of the derived edition folders valid"
else
  head -20 "$scratch/init.out"; exit 1
fi
