#!/bin/sh
# Regenerates the golden files from what teipress writes now. Never run as a test: run it on
# purpose (cmake --build BUILD --target update-golden), then review with git diff and commit.
#   tests/tools/update_golden.sh TEIPRESS SRC_DIR [convert|render|help]   (default: all three)
# convert: tests/convert/fixtures/NAME.xml from NAME.txt, and editions/frus1964-68v17/d67.xml,
#          each converted with the bundled edition (as tests/convert/golden_test.cpp compares);
# render:  tests/render/golden/testsuite.{html,tex,md}, the test-suite document rendered
#          (as tests/render/cli/golden.t compares);
# help:    tests/cli/help/COMMAND.t, each command's --help as a transcript (after adding or
#          changing an option; the README's "Commands" block is checked by cli_help_test).
set -eu
teipress=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
what=${3:-all}
edition="$src/editions/frus1964-68v17"

if [ "$what" = all ] || [ "$what" = convert ]; then
  cd "$src/tests/convert/fixtures"
  for txt in *.txt; do
    "$teipress" convert "$txt" --edition "$edition" -o "${txt%.txt}.xml"
    echo "updated tests/convert/fixtures/${txt%.txt}.xml"
  done
  cd "$edition"
  "$teipress" convert d67.txt --edition . -o d67.xml
  echo "updated editions/frus1964-68v17/d67.xml"
fi

if [ "$what" = all ] || [ "$what" = render ]; then
  # Rendered from a copy in a scratch folder, by its bare name, as the transcript does.
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cp "$src/tests/render/fixtures/testsuite.xml" "$work/testsuite.xml"
  mkdir -p "$src/tests/render/golden"
  cd "$work"
  for pair in html:html latex:tex markdown:md; do
    "$teipress" render testsuite.xml --to "${pair%%:*}" --param warn-unhandled=no -o "testsuite.${pair#*:}"
    cp "testsuite.${pair#*:}" "$src/tests/render/golden/testsuite.${pair#*:}"
    echo "updated tests/render/golden/testsuite.${pair#*:}"
  done
fi
if [ "$what" = all ] || [ "$what" = help ]; then
  mkdir -p "$src/tests/cli/help"
  # The commands teipress help lists.
  for command in $("$teipress" help | sed -n '/^commands:$/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p'); do
    {
      echo "# The help of teipress $command, exactly (written by tests/tools/update_golden.sh help)."
      echo "\$ teipress $command --help"
      "$teipress" "$command" --help | sed -e 's/^/> /' -e 's/^> $/>/'
    } > "$src/tests/cli/help/$command.t"
    echo "updated tests/cli/help/$command.t"
  done
fi
echo "review the changes with: git diff --stat; git diff"
