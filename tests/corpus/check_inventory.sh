#!/bin/sh
# Checks that tests/corpus/inventory.txt is what inventory.sh makes of the corpus today (a file
# added to the corpus, or an inventory edited by hand, fails). Exit 77 (skip) without xsltproc.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command -v xsltproc >/dev/null 2>&1 || { echo "SKIP: xsltproc is not installed"; exit 77; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$here/inventory.sh" > "$out"
if ! cmp -s "$out" "$here/inventory.txt"; then
  echo "tests/corpus/inventory.txt is out of date; run: tests/corpus/inventory.sh > tests/corpus/inventory.txt"
  diff "$here/inventory.txt" "$out" | head -40
  exit 1
fi
echo "inventory.txt is up to date ($(grep -vc '^#' "$here/inventory.txt") entries)"
