#!/bin/sh
# The printed volume `teipress build` writes (OUT/volume.pdf), read back with poppler-utils:
# its title, one bookmark per document (pdftohtml -xml's outline) whose entry is the
# document's number and title, internal links (the contents and the cross-references), the
# printed volume's page numbers in the margin ([Page N], pdftotext), the front matter's roman
# page numbers in the contents, and the same bytes from a second build (SOURCE_DATE_EPOCH).
# Exit 77 (CTest: skipped) when pdflatex or poppler-utils are missing.
# Usage: check_volume_pdf.sh TEIPRESS SOURCE WORK_DIR DOCUMENTS FIRST_ENTRY PAGE_MARK
#   DOCUMENTS: how many documents the volume has; FIRST_ENTRY: the first document's bookmark;
#   PAGE_MARK: a margin number the text must show ("[Page 2]").
set -eu
teipress=$1 source=$2 work=$3 documents=$4 first=$5 mark=$6
for tool in pdflatex pdfinfo pdftotext pdftohtml; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is needed (Debian: texlive-latex-base, poppler-utils)"; exit 77; }
done
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
fail() { echo "FAIL: $*"; exit 1; }
build "$work/a" --formats latex,pdf
test -f "$work/a/volume.pdf" || fail "no volume.pdf"
test -f "$work/a/volume.tex" || fail "no volume.tex"
pdf="$work/a/volume.pdf"
pdfinfo "$pdf" > "$work/info.txt"
cat "$work/info.txt"
grep -q '^Title: *[^ ]' "$work/info.txt" || fail "the PDF has no title"
grep -q '^CreationDate: *Thu Jan  1 00:00:00 1970' "$work/info.txt" || fail "the PDF's date is not SOURCE_DATE_EPOCH's"
pdftohtml -xml -stdout -i -q "$pdf" > "$work/pdf.xml"
bookmarks=$(grep -c '<item page=' "$work/pdf.xml" || true)
echo "bookmarks: $bookmarks"
entries=$(grep -c '<item page="[0-9]*">\(No\. \)\{0,1\}[0-9][0-9]*\. ' "$work/pdf.xml" || true)
echo "bookmarks of documents: $entries (the volume has $documents documents)"
test "$entries" -ge "$documents" || fail "fewer document bookmarks ($entries) than documents ($documents)"
grep -q "<item page=\"[0-9]*\">$first</item>" "$work/pdf.xml" || fail "no bookmark '$first'"
links=$(grep -c '<a href="volume.html#[0-9]*"' "$work/pdf.xml" || true)
echo "internal links: $links"
test "$links" -ge "$documents" || fail "fewer internal links ($links) than documents"
pdftotext -layout "$pdf" "$work/text.txt"
grep -qF "$mark" "$work/text.txt" || fail "the margin number $mark is not in the text"
grep -q '^ *Contents *$' "$work/text.txt" || fail "no contents"
grep -Eq ' (i|ii|iii|iv|v|vi|vii|viii|ix|x)$' "$work/text.txt" || fail "no roman page number in the contents"
build "$work/b" --formats latex,pdf
cmp "$pdf" "$work/b/volume.pdf" || fail "two builds gave two PDFs"
echo "volume.pdf: bookmarks, links, margin page numbers, roman front matter; the same bytes twice"
