#!/usr/bin/env bash
# Benchmark of the compact syntax (.rnc): a tei_all-sized schema made with trang from
# schema/tei/tei_all.rng, and the OoH's schema/frus/frus.rnc. Prints compact_bench's figures
# (read_compact_syntax_text in memory, stage by stage, against libxml2 parsing the same schema's
# XML syntax), then hyperfine's whole-process times, side by side: rnc_to_rng --no-output (read
# and translate), trang (translate and write .rng) and jing -c with no instance (read and
# compile the schema).
# Usage: tests/bench/compact_bench.sh [BUILD_DIR] [RUNS]      (from the source tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
runs=${2:-10}
for tool in hyperfine trang jing; do
  command -v "$tool" >/dev/null || { echo "compact_bench: $tool is missing" >&2; exit 4; }
done
bench="$build/tests/bench/compact_bench"
tool="$build/tests/relaxng/compact/rnc_to_rng"
for exe in "$bench" "$tool"; do
  [ -x "$exe" ] || { echo "compact_bench: $exe is missing (build first)" >&2; exit 4; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trang -I rng -O rnc schema/tei/tei_all.rng "$work/tei_all.rnc"
echo "$(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
"$bench" "$work/tei_all.rnc" $((runs * 10))
echo
"$bench" schema/frus/frus.rnc $((runs * 10))

for rnc in "$work/tei_all.rnc" schema/frus/frus.rnc; do
  name=$(basename "$rnc" .rnc)
  echo
  echo "== $name.rnc, whole process"
  hyperfine -N --warmup 1 --runs "$runs" --style basic --export-markdown "$work/$name.md" \
    -n "rnc_to_rng (teipress)" "$tool $rnc --no-output" \
    -n "trang rnc -> rng" "trang -I rnc -O rng $rnc $work/$name.trang.rng" \
    -n "jing -c (schema only)" "jing -c $rnc" >/dev/null 2>"$work/$name.err" ||
    { cat "$work/$name.err" >&2; exit 1; }
  cat "$work/$name.md"
done
