#!/bin/sh
# Inventory of the corpus: every element and attribute used by tests/corpus/frus/*.xml, and the
# values of the attributes that steer rendering, with their counts; what the render tests must
# cover (tests/render: every "text" entry has a rendering rule, see the README).
#   tests/corpus/inventory.sh [CORPUS_DIR] > tests/corpus/inventory.txt
# Needs xsltproc. Output: a header, then one line per entry, sorted:
#   PART  KIND  NAME  COUNT     (PART text|header, KIND element|attribute|value)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=${1:-$here/frus}
command -v xsltproc >/dev/null 2>&1 || { echo "inventory.sh: xsltproc is not installed" >&2; exit 77; }
files=$(cd "$corpus" && ls *.xml | LC_ALL=C sort)
[ -n "$files" ] || { echo "inventory.sh: no .xml file in $corpus" >&2; exit 2; }
echo "# Elements, attributes and rendering attribute values of the FRUS corpus, with counts."
echo "# Made by tests/corpus/inventory.sh from: $(echo $files)"
echo "# part	kind	name	count"
for f in $files; do
  xsltproc --nonet "$here/inventory.xsl" "$corpus/$f"
done | LC_ALL=C sort | LC_ALL=C uniq -c | awk '{ c = $1; sub(/^ *[0-9]+ /, ""); print $0 "\t" c }'
