#!/bin/sh
# The browser test of the HTML writer: converts and renders the memo (and the test-suite
# documents), checks each page with html-validate (HTML5 and accessibility rules) and in
# headless Chromium with check_page.mjs. playwright-core and html-validate (package-lock.json)
# are installed by .ci/deps (`npm ci` in tests/render/browser); nothing is downloaded here.
# Exit 77 (CTest: skipped) when node, chromium or those packages are missing.
# Usage: run_browser_test.sh TEIPRESS SOURCE_DIR BROWSER_DIR ARTIFACT_DIR
set -eu
teipress=$1 src=$2 dir=$3 artifacts=$4
chromium=${CHROMIUM:-/usr/bin/chromium}
if ! command -v node >/dev/null 2>&1; then
  echo "SKIP: node is needed (Debian: nodejs)"; exit 77
fi
if [ ! -x "$chromium" ]; then
  echo "SKIP: $chromium is missing (Debian: chromium)"; exit 77
fi
if [ ! -f "$dir/node_modules/playwright-core/package.json" ] || [ ! -f "$dir/node_modules/html-validate/package.json" ]; then
  echo "SKIP: the npm packages are not installed: run .ci/deps (npm ci in $dir)"; exit 77
fi
mkdir -p "$artifacts"
edition="$src/editions/frus1964-68v17"
"$teipress" convert "$edition/d67.txt" --edition "$edition" -o "$artifacts/d67.xml"
"$teipress" render "$artifacts/d67.xml" --to html -o "$artifacts/d67.html"
"$teipress" render "$src/tests/render/fixtures/testsuite.xml" --to html --param warn-unhandled=no \
  -o "$artifacts/testsuite.html"
"$teipress" render "$src/tests/render/fixtures/tables-figures.xml" --to html -o "$artifacts/tables-figures.html"
"$teipress" render "$src/tests/render/fixtures/front-back.xml" --to html -o "$artifacts/front-back.html"
"$teipress" render "$src/tests/render/fixtures/corpus-constructs.xml" --to html -o "$artifacts/corpus-constructs.html"
"$teipress" render "$src/tests/render/fixtures/generic-tei.xml" --to html -o "$artifacts/generic-tei.html"
# From the corpus: the reviewed excerpt with its front matter (persons, terms), and a whole
# vendor volume (enclosures, labelled lists, tables, postscripts, inline source notes).
"$teipress" render "$src/tests/corpus/frus/frus1964-68v17-d1-d9.xml" --to html -o "$artifacts/frus1964-68v17-d1-d9.html"
"$teipress" render "$src/tests/corpus/frus/frus1894Nicaragua.xml" --to html -o "$artifacts/frus1894Nicaragua.html"
"$dir/node_modules/.bin/html-validate" --config "$dir/htmlvalidate.json" "$artifacts/d67.html" \
  "$artifacts/testsuite.html" "$artifacts/tables-figures.html" "$artifacts/front-back.html" \
  "$artifacts/corpus-constructs.html" "$artifacts/generic-tei.html" \
  "$artifacts/frus1964-68v17-d1-d9.html" "$artifacts/frus1894Nicaragua.html"
echo "html-validate: the pages are valid HTML5"
CHROMIUM=$chromium node "$dir/check_page.mjs" "$artifacts/d67.html" "$artifacts/d67"
CHROMIUM=$chromium node "$dir/check_page.mjs" "$artifacts/testsuite.html" "$artifacts/testsuite"
CHROMIUM=$chromium node "$dir/check_page.mjs" "$artifacts/corpus-constructs.html" "$artifacts/corpus-constructs"
CHROMIUM=$chromium node "$dir/check_page.mjs" "$artifacts/frus1964-68v17-d1-d9.html" "$artifacts/frus1964-68v17-d1-d9"
CHROMIUM=$chromium node "$dir/check_page.mjs" "$artifacts/frus1894Nicaragua.html" "$artifacts/frus1894Nicaragua"
