#!/usr/bin/env bash
# Splits every volume of the real FRUS corpus (tests/corpus/frus/*.xml) into one TEI file per
# document, in OUT_DIR (the benchmarks' "1,794 real documents"); prints how many. A stopgap
# until `teipress split` exists.
# Usage: tests/bench/split_corpus.sh OUT_DIR        (from anywhere)
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: split_corpus.sh OUT_DIR}
command -v xsltproc >/dev/null || { echo "split_corpus: xsltproc is missing" >&2; exit 4; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
n=0
for volume in "$src"/tests/corpus/frus/*.xml; do
  k=$(xsltproc --nonet --stringparam out "$out/" "$src/tests/bench/split_documents.xsl" "$volume" | wc -l)
  n=$((n + k))
done
echo "$n documents in $out"
