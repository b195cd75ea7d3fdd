#!/usr/bin/env bash
# Runs every libFuzzer harness of teipress for SECONDS each (bounded CI run or long run) and
# prints, per harness, the executions, the corpus size and whether it found a crash or hang.
#
#   tests/fuzz/run.sh 60                 # CI: 60 s per harness
#   tests/fuzz/run.sh 3600 fuzz_tei_xml  # a long run of one harness
#   FUZZ_SEED=1 tests/fuzz/run.sh 60     # the same inputs first on every run (what CI does)
#
# Configures and builds the clang fuzz build in $FUZZ_BUILD (default build-fuzz) when needed.
# The working corpus grows in $FUZZ_BUILD/fuzz-corpus/NAME (seeded from tests/fuzz/corpus/);
# a crash or hang is saved in $FUZZ_BUILD/fuzz-artifacts/NAME/ — turn each into a regression
# test (tests/fuzz/regressions/ is replayed by ctest in every build). Exit 1 if any harness
# found a problem.
set -euo pipefail
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [HARNESS...]}
shift
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath -m "${FUZZ_BUILD:-$src/build-fuzz}")
jobs=${FUZZ_JOBS:-1}
# FUZZ_SEED: a fixed random seed (CI sets one, so that a run explores the same inputs first
# every time; a long run leaves it unset for a new path each time).
seed=()
[[ -n ${FUZZ_SEED:-} ]] && seed=(-seed="$FUZZ_SEED")

cmake -S "$src" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTEIPRESS_FUZZ=ON -DTEIPRESS_SANITIZE=ON -DTEIPRESS_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target fuzzers >/dev/null

# Longest input of each harness (the whole pipeline is slow: keep its inputs document-sized).
max_len_of() {
  case "$1" in
    fuzz_pipeline) echo 8192 ;;
    *) echo 65536 ;;
  esac
}

# Seed folders of each harness: its own corpus and the other suites' fixtures.
seeds_of() {
  case "$1" in
    fuzz_tei_xml) echo "$src/tests/fuzz/corpus/tei $src/tests/validate/fixtures $src/tests/convert/fixtures" ;;
    *) echo "$src/tests/fuzz/corpus/reading_text $src/tests/convert/fixtures $src/editions" ;;
  esac
}

# The sum of a libFuzzer final statistic over the run's log and its workers' logs.
stat_sum() {
  { cat "$1"; cat "$2"/fuzz-*.log 2>/dev/null || true; } | awk -v key="$3" '$1 == key {s += $2} END {print s + 0}'
}

harnesses=("$@")
if ((${#harnesses[@]} == 0)); then
  for f in "$build"/fuzz/fuzz_*; do [[ -x $f ]] && harnesses+=("$(basename "$f")"); done
fi

status=0
printf '%-22s %12s %10s %8s  %s\n' harness executions exec/s corpus result
for h in "${harnesses[@]}"; do
  corpus=$build/fuzz-corpus/$h
  artifacts=$build/fuzz-artifacts/$h
  mkdir -p "$corpus" "$artifacts"
  log=$build/fuzz-artifacts/$h.log
  touch "$log.start" # artifacts of earlier runs are not this run's findings
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
  rc=0
  parallel=()
  ((jobs > 1)) && parallel=(-jobs="$jobs" -workers="$jobs")
  # -timeout: an input taking over 10 s is a hang; -rss_limit_mb: over 2 GB is a memory bomb.
  # Run inside the artifacts folder: with -jobs, libFuzzer writes fuzz-N.log files there.
  rm -f "$artifacts"/fuzz-*.log
  read -r -a seeds <<<"$(seeds_of "$h")"
  existing=()
  for d in "${seeds[@]}"; do [[ -d $d ]] && existing+=("$d"); done
  (cd "$artifacts" && TEIPRESS_DATA_DIR=$src "$build/fuzz/$h" "$corpus" "${existing[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len_of "$h")" \
    -dict="$src/tests/fuzz/tei.dict" "${parallel[@]}" "${seed[@]}" \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1) || rc=$?
  execs=$(stat_sum "$log" "$artifacts" stat::number_of_executed_units:)
  speed=$(stat_sum "$log" "$artifacts" stat::average_exec_per_sec:)
  size=$(find "$corpus" -type f | wc -l)
  found=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) -newer "$log.start" | wc -l)
  result=ok
  if ((rc != 0 || found > 0)); then
    result="FOUND $found problem(s), exit $rc: see $log and $artifacts/"
    status=1
  fi
  printf '%-22s %12s %10s %8s  %s\n' "$h" "$execs" "$speed" "$size" "$result"
done
exit $status
