#!/usr/bin/env bash
# Benchmark of teipress validate on the largest corpus volume (frus1930v01.xml, 3.2 MB, 576
# documents) under each profile, side by side with jing on the same grammar:
#   --profile tei      tei_all.rng                         jing schema/tei/tei_all.rng
#   --profile frus     frus.rng + the Office's rules        jing schema/frus/frus.rng (grammar only)
#   --profile edition  teipress.rng + teipress.sch          jing schema/teipress.rng (grammar only)
# and each profile's grammar alone (--no-rules), which is the same work jing does. The volume
# is not valid under every profile (the edition's schema is stricter than the Office's TEI):
# errors are reported and timed as in real use, so exit codes are ignored.
# Prints hyperfine's table, CPU times (user + system) and their ratio to jing's, peak memory.
# Usage: tests/bench/profile_bench.sh [BUILD_DIR] [RUNS]      (from the source tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
runs=${2:-10}
tp="$PWD/$build/teipress"
export TEIPRESS_DATA_DIR=$PWD
for tool in hyperfine jing; do
  command -v "$tool" >/dev/null || { echo "profile_bench: $tool is missing" >&2; exit 4; }
done
[ -x "$tp" ] || { echo "profile_bench: $tp is missing (build first)" >&2; exit 4; }
volume=tests/corpus/frus/frus1930v01.xml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $volume ($(stat -c %s "$volume") bytes)"

run() { # NAME COMMAND...
  names+=("$1"); shift
  cmds+=("$*")
}
names=() cmds=()
for profile in tei frus edition; do
  run "teipress $profile" "$tp validate --profile $profile $volume"
  run "teipress $profile --no-rules" "$tp validate --profile $profile --no-rules $volume"
done
run "jing tei_all.rng" "jing schema/tei/tei_all.rng $volume"
run "jing frus.rng" "jing schema/frus/frus.rng $volume"
run "jing teipress.rng" "jing schema/teipress.rng $volume"
args=()
for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]} >/dev/null 2>&1 || true"); done
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/h.json" -S bash "${args[@]}" 2>/dev/null ||
  hyperfine --warmup 1 --runs "$runs" --export-json "$work/h.json" "${args[@]}"
echo
echo "CPU time (mean user + system), and the jing run on the same grammar:"
grep -o '"command": "[^"]*"\|"user": [0-9.e-]*\|"system": [0-9.e-]*' "$work/h.json" |
  awk -F': ' '
    /command/ { gsub(/"/, "", $2); name[++n] = $2 }
    /user/ { u[n] = $2 } /system/ { cpu[n] = (u[n] + $2) * 1000 }
    END { for (i = 1; i <= n; ++i) if (name[i] ~ /^jing/) { split(name[i], w, " "); j[w[2]] = cpu[i] }
          ref["tei"] = "tei_all.rng"; ref["frus"] = "frus.rng"; ref["edition"] = "teipress.rng"
          for (i = 1; i <= n; ++i) { split(name[i], w, " ")
            if (w[1] == "teipress") printf "  %-30s %8.1f ms   jing %8.1f ms   jing/teipress %5.1f\n", name[i], cpu[i], j[ref[w[2]]], j[ref[w[2]]] / cpu[i]
            else printf "  %-30s %8.1f ms\n", name[i], cpu[i] } }'
echo
echo "Peak memory (max RSS):"
for i in "${!cmds[@]}"; do
  /usr/bin/time -f "  %M KB  ${names[$i]}" bash -c "${cmds[$i]} >/dev/null 2>&1 || true" 2>&1 | tail -1
done
