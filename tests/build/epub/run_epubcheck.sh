#!/bin/sh
# The EPUB `teipress build` writes, checked by epubcheck (Debian's epubcheck: the W3C's
# checker, run as java -jar): it must report 0 errors and 0 warnings. The build runs twice:
# the two EPUBs must be the same bytes. Exit 77 (CTest: skipped) when java or epubcheck is
# missing.
# Usage: run_epubcheck.sh TEIPRESS SOURCE WORK_DIR
set -eu
teipress=$1 source=$2 work=$3
jar=${EPUBCHECK_JAR:-/usr/share/java/epubcheck.jar}
if ! command -v java >/dev/null 2>&1; then echo "SKIP: java is needed (Debian: default-jre-headless)"; exit 77; fi
if [ ! -f "$jar" ]; then echo "SKIP: $jar is missing (Debian: epubcheck)"; exit 77; fi
rm -rf "$work"
mkdir -p "$work"
# build OUT ARGS...: teipress build SOURCE -o OUT ARGS... --quiet, which must exit 0 (its
# messages shown when it does not).
build() {
  out=$1; shift
  status=0
  "$teipress" build "$source" -o "$out" "$@" --quiet 2> "$out.log" || status=$?
  test "$status" -eq 0 || { cat "$out.log"; echo "FAIL: teipress build -o $out exited $status"; exit 1; }
}
build "$work/a" --formats epub
build "$work/b" --formats epub
test -f "$work/a/volume.epub" || { echo "FAIL: no volume.epub"; exit 1; }
cmp "$work/a/volume.epub" "$work/b/volume.epub"
report="$work/epubcheck.txt"
status=0
java -jar "$jar" "$work/a/volume.epub" > "$report" 2>&1 || status=$?
cat "$report"
grep -q "^Messages: 0 fatals / 0 errors / 0 warnings" "$report" || { echo "FAIL: epubcheck reported problems"; exit 1; }
test "$status" -eq 0 || { echo "FAIL: epubcheck exited $status"; exit 1; }
echo "epubcheck: 0 errors, 0 warnings; the same bytes twice"
