#!/bin/sh
# The browser test of the website `teipress build` writes: builds SOURCE (a volume's TEI or an
# edition folder) with --formats html into ARTIFACT_DIR/out, checks every page with
# html-validate (HTML5 and its accessibility rules), then loads every page in headless
# Chromium from file:// and from a static web server (check_site.mjs: every internal link
# resolves, search finds WORD in DOCUMENT_PAGE). playwright-core and html-validate are the
# render browser test's (tests/render/browser, installed by .ci/deps with npm ci); nothing is
# downloaded here. Exit 77 (CTest: skipped) when node, chromium or those packages are missing.
# Usage: run_site_test.sh TEIPRESS SOURCE WORD DOCUMENT_PAGE ARTIFACT_DIR SRC_DIR
set -eu
teipress=$1 source=$2 word=$3 page=$4 artifacts=$5 src=$6
here=$(cd "$(dirname "$0")" && pwd)
modules="$src/tests/render/browser/node_modules"
chromium=${CHROMIUM:-/usr/bin/chromium}
if ! command -v node >/dev/null 2>&1; then
  echo "SKIP: node is needed (Debian: nodejs)"; exit 77
fi
if [ ! -x "$chromium" ]; then
  echo "SKIP: $chromium is missing (Debian: chromium)"; exit 77
fi
if [ ! -f "$modules/playwright-core/package.json" ] || [ ! -f "$modules/html-validate/package.json" ]; then
  echo "SKIP: the npm packages are not installed: run .ci/deps (npm ci in tests/render/browser)"; exit 77
fi
rm -rf "$artifacts"
mkdir -p "$artifacts/check"
status=0
"$teipress" build "$source" -o "$artifacts/out" --formats html --quiet 2> "$artifacts/build.log" || status=$?
test "$status" -eq 0 || { cat "$artifacts/build.log"; echo "FAIL: teipress build exited $status"; exit 1; }
test -f "$artifacts/out/site/index.html" || { echo "FAIL: no site/index.html"; exit 1; }
# The script is run from a folder beside node_modules (ES modules ignore NODE_PATH).
cp "$here/check_site.mjs" "$artifacts/check/"
ln -s "$modules" "$artifacts/check/node_modules"
"$modules/.bin/html-validate" --config "$src/tests/render/browser/htmlvalidate.json" "$artifacts/out/site/"*.html
echo "html-validate: the site's pages are valid HTML5"
CHROMIUM=$chromium node "$artifacts/check/check_site.mjs" "$artifacts/out/site" "$word" "$page" "$artifacts/screenshots"
