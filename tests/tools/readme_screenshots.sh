#!/bin/sh
# Remakes the README's worked example: editions/example/d12.xml from d12.txt (as the transcript
# tests/cli/readme-example.t checks it), and the two pictures of its HTML and PDF
# (html.png: Chromium's screenshot of the page; pdf.png: the top of the PDF's first page).
# Usage: sh tests/tools/readme_screenshots.sh BUILD_DIR   (run from the source tree)
set -eu
bin=$(cd "${1:?usage: readme_screenshots.sh BUILD_DIR}" && pwd)/teipress
dir=editions/example
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$dir" && "$bin" convert d12.txt -o d12.xml)
"$bin" validate "$dir/d12.xml"
"$bin" render "$dir/d12.xml" --to html -o "$tmp/d12.html"
"$bin" render "$dir/d12.xml" --to pdf -o "$tmp/d12.pdf"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,700 \
  --screenshot="$tmp/html.png" "file://$tmp/d12.html" 2>/dev/null
cp "$tmp/html.png" "$dir/html.png"
pdftoppm -r 100 -f 1 -l 1 -x 120 -y 60 -W 620 -H 420 -png -singlefile "$tmp/d12.pdf" "$tmp/pdf"
cp "$tmp/pdf.png" "$dir/pdf.png"
echo "wrote $dir/d12.xml, $dir/html.png, $dir/pdf.png"
