#!/bin/sh
# The same bytes for any -j and between runs: SOURCE built with -j1, -j2 and -j2 again into
# three folders (FORMATS), which must be identical, file for file (the manifest included).
# Usage: determinism.sh TEIPRESS SOURCE FORMATS WORK_DIR
set -eu
teipress=$1 source=$2 formats=$3 work=$4
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
build "$work/j1" -j 1 --formats "$formats"
build "$work/j2" -j 2 --formats "$formats"
build "$work/again" -j 2 --formats "$formats"
count=$(find "$work/j1" -type f | wc -l)
test "$count" -gt 10 || { echo "FAIL: only $count files built"; exit 1; }
diff -r "$work/j1" "$work/j2"
diff -r "$work/j1" "$work/again"
echo "$count files, the same bytes for -j1, -j2 and a second run"
