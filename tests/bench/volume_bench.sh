#!/usr/bin/env bash
# Benchmark of teipress split and join on the largest corpus volumes (frus1930v01.xml, 3.2 MB,
# 576 documents; frus1936v03.xml, 3.0 MB, 586 documents), side by side with the same work
# done by libxml2's own tools: xsltproc running tests/bench/volume_split.xsl (a split in XSLT
# 1.0 with exsl:document: the same files, headers and back lists) and xmllint --xinclude
# (which resolves volume.xml's includes, i.e. a join without the checks and list merging).
# teipress writes each file atomically and durably (a temporary file, fsync, rename);
# xsltproc and xmllint do not fsync: run with TMPDIR=/dev/shm to take the disk out.
# Prints hyperfine's tables, CPU times (user + system) with their ratio to the libxml2 tool,
# and peak memory.
# Usage: tests/bench/volume_bench.sh [BUILD_DIR] [RUNS]      (from the source tree)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
runs=${2:-10}
tp="$PWD/$build/teipress"
[ -x "$tp" ] || tp="$build/teipress"
export TEIPRESS_DATA_DIR=$PWD
for tool in hyperfine xsltproc xmllint; do
  command -v "$tool" >/dev/null || { echo "volume_bench: $tool is missing" >&2; exit 4; }
done
[ -x "$tp" ] || { echo "volume_bench: $tp is missing (build first)" >&2; exit 4; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
xsl=$PWD/tests/bench/volume_split.xsl
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); output folder on $(df --output=fstype "$work" | tail -1)"

cpu_table() { # JSON REFERENCE-NAME-PREFIX
  echo "CPU time (mean user + system), ratio to $2:"
  grep -o '"command": "[^"]*"\|"user": [0-9.e-]*\|"system": [0-9.e-]*' "$1" |
    awk -F': ' -v ref_prefix="$2" '
      /command/ { gsub(/"/, "", $2); name[++n] = $2 }
      /user/ { u[n] = $2 } /system/ { cpu[n] = (u[n] + $2) * 1000 }
      END { for (i = 1; i <= n; ++i) if (index(name[i], ref_prefix) == 1) ref = cpu[i];
            for (i = 1; i <= n; ++i) printf "  %-34s %8.1f ms   %5.2f\n", name[i], cpu[i], cpu[i] / ref }'
}

for volume in frus1930v01 frus1936v03; do
  src=tests/corpus/frus/$volume.xml
  echo
  echo "== $volume.xml: $(wc -c < "$src") bytes, $(grep -c 'type="document"' "$src") documents"
  hyperfine --warmup 1 --runs "$runs" --style basic --export-markdown "$work/split.md" --export-json "$work/split.json" \
    --prepare "rm -rf $work/t $work/x && mkdir $work/x" \
    -n "teipress split" "$tp split $src -o $work/t" \
    -n "xsltproc volume_split.xsl" "xsltproc --stringparam out $work/x $xsl $src" >/dev/null 2>"$work/err" ||
    { cat "$work/err" >&2; exit 1; }
  cat "$work/split.md"
  cpu_table "$work/split.json" "xsltproc"
  # The folders to join: what teipress split wrote.
  rm -rf "$work/t" && "$tp" split "$src" -o "$work/t" >/dev/null 2>&1
  hyperfine --warmup 1 --runs "$runs" --style basic --export-markdown "$work/join.md" --export-json "$work/join.json" \
    -n "teipress join" "$tp join $work/t -o $work/joined.xml" \
    -n "xmllint --xinclude" "xmllint --nonet --xinclude --nofixup-base-uris $work/t/volume.xml --output $work/xinclude.xml" \
    >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  cat "$work/join.md"
  cpu_table "$work/join.json" "xmllint"
  echo "peak memory:"
  rm -rf "$work/t" && /usr/bin/env time -f "  teipress split        %M KiB" "$tp" split "$src" -o "$work/t" 2>&1 >/dev/null | tail -1
  rm -rf "$work/x" && mkdir "$work/x" &&
    /usr/bin/env time -f "  xsltproc split        %M KiB" xsltproc --stringparam out "$work/x" "$xsl" "$src" 2>&1 | tail -1
  /usr/bin/env time -f "  teipress join         %M KiB" "$tp" join "$work/t" -o "$work/joined.xml" 2>&1 >/dev/null | tail -1
  /usr/bin/env time -f "  xmllint --xinclude    %M KiB" xmllint --nonet --xinclude --nofixup-base-uris "$work/t/volume.xml" \
    --output "$work/xinclude.xml" 2>&1 | tail -1
  # The round trip, checked as the tests do.
  if cmp -s <(xmllint --c14n "$work/joined.xml") <(xmllint --c14n "$src"); then
    echo "round trip: join(split($volume.xml)) has the volume's Canonical XML"
  else
    echo "round trip: DIFFERENT" && exit 1
  fi
done
