#!/bin/sh
# The attribute guard (issue 9, item 7): libxml2 compares each attribute of a start tag with all
# the others, so one tag of n attributes costs n^2; teipress refuses a tag with more than 256
# attributes in one linear pass before the parse. This prints, at 1x, 10x and 100x, the time of
# `teipress validate --no-rules` on documents of tags holding 256 attributes each (the most
# allowed: the cost must grow with the input, linearly), and on one tag of 2,000, 20,000 and
# 200,000 attributes (refused: the time of the linear check only).
#   tests/bench/attributes_bench.sh [BUILD_DIR]
set -eu
build=${1:-build}
teipress="$build/teipress"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tags() { # tags COUNT ATTRIBUTES FILE: COUNT elements with ATTRIBUTES attributes each
  awk -v n="$1" -v a="$2" 'BEGIN {
    printf "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n";
    for (i = 0; i < n; i++) { printf "<p"; for (j = 0; j < a; j++) printf " a%d=\"x\"", j; printf ">x</p>\n" }
    printf "</body></text></TEI>\n" }' > "$3"
}
seconds() { # seconds COMMAND...: "WALL s wall, CPU s CPU" of one run (GNU time)
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" > /dev/null 2>&1 || true
  tail -n 1 "$work/time" | awk '{ printf "%.3f s wall, %.3f s CPU", $1, $2 + $3 }'
}
echo "accepted: tags of 256 attributes (libxml2 parses them)"
for n in 100 1000 10000; do
  tags "$n" 256 "$work/a.xml"
  printf "  %5d tags, %9d bytes: %s\n" "$n" "$(wc -c < "$work/a.xml")" \
    "$(seconds "$teipress" validate --no-rules "$work/a.xml")"
done
echo "refused: one tag of n attributes (the linear check alone)"
for a in 2000 20000 200000; do
  tags 1 "$a" "$work/b.xml"
  printf "  %6d attributes, %9d bytes: %s\n" "$a" "$(wc -c < "$work/b.xml")" \
    "$(seconds "$teipress" validate --no-rules "$work/b.xml")"
done
