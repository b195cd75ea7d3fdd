#!/usr/bin/env bash
# Benchmark of teipress validate against jing and xmllint --relaxng, on the same schema
# (schema/teipress.rng) and the same files: (a) the memo (Document 67 as convert writes it),
# (b) a volume-sized TEI file (300 renumbered copies of the memo, ~3.7 MB), (c) those 300
# documents as separate files in one run. teipress is timed twice: with the rules
# (RELAX NG + Schematron, what `teipress validate` does by default) and with --no-rules
# (RELAX NG only: the same work as jing and xmllint). Prints hyperfine's tables (the
# "Relative" column is the ratio to the fastest) and the schema compile times.
# Usage: tests/bench/validate_bench.sh [BUILD_DIR] [RUNS]      (from the source tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
runs=${2:-10}
tp="$build/teipress"
export TEIPRESS_DATA_DIR=$PWD
for tool in hyperfine jing xmllint; do
  command -v "$tool" >/dev/null || { echo "validate_bench: $tool is missing" >&2; exit 4; }
done
[ -x "$tp" ] || { echo "validate_bench: $tp is missing (build first)" >&2; exit 4; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tp" convert editions/frus1964-68v17/d67.txt --edition editions/frus1964-68v17 -o "$work/memo.xml"
bash tests/bench/validate_make_volume.sh "$work/memo.xml" 300 "$work"
rng=schema/teipress.rng
echo "inputs: memo $(wc -c < "$work/memo.xml") bytes; volume $(wc -c < "$work/volume.xml") bytes;" \
     "300 files $(cat "$work"/docs/*.xml | wc -c) bytes; $(nproc) cores"

bench() { # NAME FILES...
  local name=$1; shift
  echo
  echo "== $name"
  hyperfine -N --warmup 2 --runs "$runs" --style basic --export-markdown "$work/$name.md" \
    --export-json "$work/$name.json" \
    -n "teipress (rng + rules)" "$tp validate $*" \
    -n "teipress --no-rules" "$tp validate --no-rules $*" \
    -n "jing" "jing $rng $*" \
    -n "xmllint --relaxng" "xmllint --noout --relaxng $rng $*" >/dev/null 2>"$work/$name.err" ||
    { cat "$work/$name.err" >&2; exit 1; }
  cat "$work/$name.md"
  # CPU time (user + system) is less disturbed than wall time when the machine is shared.
  echo
  echo "CPU time (mean user + system), ratio to xmllint --relaxng:"
  grep -o '"command": "[^"]*"\|"user": [0-9.e-]*\|"system": [0-9.e-]*' "$work/$name.json" |
    awk -F': ' '/command/ { gsub(/"/, "", $2); name[++n] = $2 }
                /user/ { u[n] = $2 } /system/ { cpu[n] = (u[n] + $2) * 1000 }
                END { for (i = 1; i <= n; ++i) if (name[i] ~ /^xmllint/) ref = cpu[i];
                      for (i = 1; i <= n; ++i) printf "  %-24s %9.1f ms   %5.2f\n", name[i], cpu[i], cpu[i] / ref }'
}
bench "a-memo" "$work/memo.xml"
bench "b-volume" "$work/volume.xml"
bench "c-300-files" "$work"/docs/*.xml

echo
echo "== peak memory (volume)"
/usr/bin/env time -f "teipress validate: %M KiB" "$tp" validate "$work/volume.xml" 2>&1 >/dev/null | tail -1 || true
/usr/bin/env time -f "xmllint --relaxng: %M KiB" xmllint --noout --relaxng $rng "$work/volume.xml" 2>&1 | tail -1 || true

echo
if [ -x "$build/tests/bench/validate_bench" ]; then
  "$build/tests/bench/validate_bench" "$work/memo.xml" 20
fi
