#!/usr/bin/env bash
# Benchmark of teipress validate against jing and xmllint --relaxng, side by side in one run
# (hyperfine; wall time and CPU time; JVM start included for jing, as a CI job meets it):
#   with the edition's schema (schema/teipress.rng):
#     (a) the memo (Document 67 as convert writes it), (b) a 4 MB volume (330 renumbered copies
#     of the memo), (c) 300 such documents as separate files in one run — teipress with the
#     rules (what `teipress validate` does) and with --no-rules (the same work as the others);
#   with TEI's tei_all.rng (grammar only, as jing):
#     (d) the memo, (e) the 300 documents, (f) the real OoH documents, one file each (the
#     corpus volumes split by tests/bench/split_corpus.sh; teipress on both cores and on one);
#     xmllint on (d) only, and with fewer runs: it compiles tei_all in about 7 s;
#   (g) linearity: volumes of 33, 330 and 3,300 copies (0.4, 4, 40 MB), teipress only;
#   (h) peak memory (RSS) of each;
# then validate_bench (in-process: the compile times of the schemas).
# Usage: tests/bench/validate_bench.sh [BUILD_DIR] [RUNS]      (from the source tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
runs=${2:-10}
tp="$build/teipress"
export TEIPRESS_DATA_DIR=$PWD
for tool in hyperfine jing xmllint xsltproc; do
  command -v "$tool" >/dev/null || { echo "validate_bench: $tool is missing" >&2; exit 4; }
done
[ -x "$tp" ] || { echo "validate_bench: $tp is missing (build first)" >&2; exit 4; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tp" convert editions/frus1964-68v17/d67.txt --edition editions/frus1964-68v17 -o "$work/memo.xml"
bash tests/bench/validate_make_volume.sh "$work/memo.xml" 300 "$work/300"
for n in 33 330 3300; do bash tests/bench/validate_make_volume.sh "$work/memo.xml" $n "$work/v$n" volume-only; done
split=$(tests/bench/split_corpus.sh "$work/split" | awk '{print $1}')
rng=schema/teipress.rng
tei=schema/tei/tei_all.rng
mb() { awk -v b="$(cat "$@" | wc -c)" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
echo "inputs: memo $(wc -c < "$work/memo.xml") bytes; volume $(mb "$work/v330/volume.xml");" \
     "300 files $(mb "$work"/300/docs/*.xml); $split real documents $(mb "$work"/split/*.xml);" \
     "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# bench NAME RUNS -n LABEL COMMAND ...: hyperfine's table, then CPU time (user + system) of each
# command and its ratio to the first one (less disturbed than wall time on a shared machine).
bench() {
  local name=$1 n=$2; shift 2
  echo
  echo "== $name"
  hyperfine -N --warmup 1 --runs "$n" --style basic --export-markdown "$work/$name.md" \
    --export-json "$work/$name.json" "$@" >/dev/null 2>"$work/$name.err" ||
    { cat "$work/$name.err" >&2; exit 1; }
  cat "$work/$name.md"
  echo
  echo "CPU time (mean user + system), and wall time, as ratios to the first command:"
  grep -o '"command": "[^"]*"\|"mean": [0-9.e-]*\|"user": [0-9.e-]*\|"system": [0-9.e-]*' "$work/$name.json" |
    awk -F': ' '/command/ { gsub(/"/, "", $2); name[++n] = $2 } /mean/ { wall[n] = $2 * 1000 }
                /user/ { u[n] = $2 } /system/ { cpu[n] = (u[n] + $2) * 1000 }
                END { for (i = 1; i <= n; ++i)
                        printf "  %-28s cpu %9.1f ms (%6.2f)   wall %9.1f ms (%6.2f)\n", name[i], cpu[i], cpu[i] / cpu[1], wall[i], wall[i] / wall[1] }'
}

memo="$work/memo.xml" vol="$work/v330/volume.xml"
docs=("$work"/300/docs/*.xml)
bench a-memo-teipress.rng "$runs" \
  -n "teipress (rng + rules)" "$tp validate $memo" -n "teipress --no-rules" "$tp validate --no-rules $memo" \
  -n "jing" "jing $rng $memo" -n "xmllint --relaxng" "xmllint --noout --relaxng $rng $memo"
bench b-volume-teipress.rng "$runs" \
  -n "teipress --no-rules" "$tp validate --no-rules $vol" -n "teipress (rng + rules)" "$tp validate $vol" \
  -n "jing" "jing $rng $vol" -n "xmllint --relaxng" "xmllint --noout --relaxng $rng $vol"
bench c-300-files-teipress.rng "$runs" \
  -n "teipress (rng + rules)" "$tp validate ${docs[*]}" -n "teipress --no-rules" "$tp validate --no-rules ${docs[*]}" \
  -n "jing" "jing $rng ${docs[*]}" -n "xmllint --relaxng" "xmllint --noout --relaxng $rng ${docs[*]}"
bench d-memo-tei_all "$runs" \
  -n "teipress --no-rules" "$tp validate --no-rules --schema $tei $memo" -n "jing" "jing $tei $memo"
bench d-memo-tei_all-xmllint 3 \
  -n "teipress --no-rules" "$tp validate --no-rules --schema $tei $memo" \
  -n "xmllint --relaxng" "xmllint --noout --relaxng $tei $memo"
bench e-300-files-tei_all "$runs" \
  -n "teipress --no-rules" "$tp validate --no-rules --schema $tei ${docs[*]}" -n "jing" "jing $tei ${docs[*]}"
few=$(( runs < 5 ? runs : 5 ))
real=("$work"/split/*.xml) # (hyperfine -N runs no shell: globs are expanded here)
# (teipress's exit code is 1: some real documents are not valid against tei_all; jing's too)
bench f-real-documents-tei_all "$few" -i \
  -n "teipress --no-rules (2 cores)" "$tp validate --no-rules --schema $tei ${real[*]}" \
  -n "teipress --no-rules -j 1" "$tp validate --no-rules -j 1 --schema $tei ${real[*]}" \
  -n "jing" "jing $tei ${real[*]}"
for s in "$rng" "$tei"; do
  bench "g-linearity-$(basename "$s" .rng)" "$few" \
    -n "1x $(mb "$work/v33/volume.xml")" "$tp validate --no-rules --schema $s $work/v33/volume.xml" \
    -n "10x $(mb "$work/v330/volume.xml")" "$tp validate --no-rules --schema $s $work/v330/volume.xml" \
    -n "100x $(mb "$work/v3300/volume.xml")" "$tp validate --no-rules --schema $s $work/v3300/volume.xml"
done

echo
echo "== h: peak memory (RSS)"
rss() { # LABEL COMMAND...
  local label=$1; shift
  /usr/bin/env time -f "%M" "$@" >/dev/null 2>"$work/rss.txt" || true
  printf "  %-46s %7.1f MB\n" "$label" "$(tail -1 "$work/rss.txt" | awk '{ print $1 / 1024 }')"
}
rss "teipress, memo, tei_all" "$tp" validate --no-rules --schema "$tei" "$memo"
rss "jing, memo, tei_all" jing "$tei" "$memo"
rss "teipress, 300 files, tei_all" "$tp" validate --no-rules --schema "$tei" "${docs[@]}"
rss "teipress, $split real documents, tei_all" "$tp" validate --no-rules --schema "$tei" "${real[@]}"
rss "jing, $split real documents, tei_all" jing "$tei" "${real[@]}"
rss "teipress --no-rules, 4 MB volume, teipress.rng" "$tp" validate --no-rules "$vol"
rss "teipress (rng + rules), 4 MB volume" "$tp" validate "$vol"
rss "xmllint --relaxng, 4 MB volume, teipress.rng" xmllint --noout --relaxng "$rng" "$vol"
rss "teipress, 40 MB volume, teipress.rng" "$tp" validate --no-rules "$work/v3300/volume.xml"

echo
if [ -x "$build/tests/bench/validate_bench" ]; then
  "$build/tests/bench/validate_bench" "$work/memo.xml" 20
fi
