#!/bin/sh
# Checks that every C++ file of the project is formatted as .clang-format describes (what CI
# runs; clang-format 14, Debian 12's). With --fix, formats them in place instead.
# Usage: sh tests/tools/check_format.sh [--fix]      (from anywhere in the source tree)
set -eu
cd "$(dirname "$0")/../.."
format=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$format" ] || { echo "check_format: clang-format-14 is missing (apt-get install clang-format-14)" >&2; exit 4; }
files() { # every C++ file of the project: git's list in a clone, else the source folders
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then git ls-files -z '*.cpp' '*.h'
  else find src tests \( -name '*.cpp' -o -name '*.h' \) -print0; fi
}
if [ "${1:-}" = --fix ]; then
  files | xargs -0 "$format" -i --style=file
  exit 0
fi
count=$(files | tr -cd '\0' | wc -c)
if files | xargs -0 "$format" --dry-run --Werror --style=file; then
  echo "check_format: $count files formatted as .clang-format says"
else
  echo "check_format: the files above are not formatted as .clang-format says (sh tests/tools/check_format.sh --fix)" >&2
  exit 1
fi
