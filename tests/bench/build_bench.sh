#!/bin/sh
# Benchmark of `teipress build` on a whole volume (issue 12): the full build at -j1 and -j2
# (wall and CPU time, peak memory; GNU time), whether the two give the same bytes, the no-op
# rebuild (nothing changed), the rebuild after one document changed, and epubcheck on the EPUB.
# FORMATS defaults to every output but the PDFs (the issue's "full build without PDF").
# The machine is shared: run it when it is quiet, and read the figures as such.
#   tests/bench/build_bench.sh [BUILD_DIR] [VOLUME.xml] [FORMATS]
set -eu
build=${1:-build}
volume=${2:-tests/corpus/frus/frus1936v03.xml}
formats=${3:-html,latex,text,markdown,epub}
teipress="$build/teipress"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { # run LABEL COMMAND...: one run under GNU time, its figures on one line
  label=$1; shift
  status=0
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > "$work/log" 2>&1 || status=$?
  tail -n 1 "$work/time" | awk -v l="$label" -v s="$status" \
    '{ printf "%-34s %7.2f s wall %7.2f s CPU %7.0f MiB peak  (exit %d)\n", l, $1, $2 + $3, $4 / 1024, s }'
}
echo "teipress build $volume --formats $formats ($(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg))"
run "full build, -j1" "$teipress" build "$volume" -o "$work/j1" -j 1 --formats "$formats" -q
run "full build, -j2" "$teipress" build "$volume" -o "$work/j2" -j 2 --formats "$formats" -q
if diff -r "$work/j1" "$work/j2" > /dev/null; then
  echo "-j1 and -j2 outputs: the same bytes ($(find "$work/j1" -type f | wc -l) files)"
else
  echo "-j1 and -j2 outputs: DIFFERENT"
fi
run "no-op rebuild, -j2" "$teipress" build "$volume" -o "$work/j2" -j 2 --formats "$formats" -q
# One document changed: a copy of the volume with one character added to a paragraph of the
# first document (the volume's other documents are the same bytes).
awk 'done == 0 && /<div[^>]*type="document"/ { indoc = 1 }
     done == 0 && indoc && /<p>/ { sub(/<p>/, "<p>X "); done = 1 } { print }' "$volume" > "$work/changed.xml"
cmp -s "$volume" "$work/changed.xml" && echo "(could not change a document)"
# The source's path is part of nothing the manifest compares, so building the copy into the
# same folder is the one-document change (the first build of the copy fills the manifest).
cp "$volume" "$work/same.xml"
"$teipress" build "$work/same.xml" -o "$work/inc" -j 2 --formats "$formats" -q > /dev/null 2>&1 || true
cp "$work/changed.xml" "$work/same.xml"
run "one document changed, -j2" "$teipress" build "$work/same.xml" -o "$work/inc" -j 2 --formats "$formats" -q
run "no-op rebuild after it, -j2" "$teipress" build "$work/same.xml" -o "$work/inc" -j 2 --formats "$formats" -q
jar=/usr/share/java/epubcheck.jar
if [ -f "$work/j2/volume.epub" ] && [ -f "$jar" ] && command -v java > /dev/null 2>&1; then
  java -jar "$jar" "$work/j2/volume.epub" 2>&1 | grep '^Messages:' | sed 's/^/epubcheck: /'
fi
