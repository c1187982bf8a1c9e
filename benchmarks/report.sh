#!/usr/bin/env bash
# Runs a benchmark profile and writes a complete report folder:
#   perf-reports/<date>-<machine>/{<suite>.json, machine.txt, limits.{json,md}, SUMMARY.md, *.png}
# Usage: benchmarks/report.sh [quick|full] [--out DIR] [--only NAME[,NAME...]]
# BENCH_JAVA_OPTS adds flags to the JMH launcher JVM (e.g. -Djmh.ignoreLock=true).
#   quick: every suite on small sizes, a few minutes; full: the record (about 40 minutes).
# Suites that read the real histories find them in fixtures/reference (committed).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PROFILE="quick"; OUT=""; ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    quick|full) PROFILE="$1" ;;
    --out) OUT="$2"; shift ;;
    --only) ONLY=",$2,"; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "report: unknown argument '$1' (see --help)" >&2; exit 1 ;;
  esac
  shift
done
LIST="$ROOT/benchmarks/profiles/$PROFILE.txt"
OUT="${OUT:-$ROOT/perf-reports/$(date -u +%F)-$(machine_slug)$([ "$PROFILE" = quick ] && echo -quick || true)}"
mkdir -p "$OUT"
build_jar
JAVA="$(newest_java)"
if [ -n "$ONLY" ] && [ -f "$OUT/machine.txt" ]; then
  # Re-running some suites into an existing report: keep its sidecar, record the re-run.
  { echo "--- re-run of ${ONLY//,/ } (their JSON replaced):"; machine_info "$JAVA" "benchmarks/report.sh $PROFILE --only ${ONLY:1:-1}"; } >> "$OUT/machine.txt"
else
  machine_info "$JAVA" "benchmarks/report.sh $PROFILE" > "$OUT/machine.txt"
fi
tail -12 "$OUT/machine.txt" >&2
start=$(date +%s)
n=$(grep -cv '^\s*\(#\|$\)' "$LIST"); i=0
while IFS='|' read -r name needs args; do
  name=$(echo "$name" | xargs); needs=$(echo "$needs" | xargs)
  case "$name" in ''|\#*) continue ;; esac
  i=$((i + 1))
  if [ -n "$ONLY" ] && [[ "$ONLY" != *",$name,"* ]]; then continue; fi
  echo "report: [$i/$n] $name ($(( $(date +%s) - start )) s elapsed)" >&2
  if [ "$name" = limits ]; then
    # shellcheck disable=SC2086
    (cd "$ROOT" && "$JAVA" $args -cp "$JAR" dev.llmchem.benchmarks.report.Limits "$OUT" ${LIMITS_ARGS:-})
  else
    # shellcheck disable=SC2086
    (cd "$ROOT" && "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$JAR" $args -rf json -rff "$OUT/$name.json" 2>&1) \
      | tee "$OUT/$name.log" | { grep --line-buffered -E '^# (Run progress|Benchmark:|Parameters)' \
      | sed -u 's/^# /  /' >&2; true; } \
      || { echo "report: $name failed, see $OUT/$name.log" >&2; exit 1; }
  fi
done < "$LIST"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg); elapsed: $(( $(date +%s) - start )) s" >> "$OUT/machine.txt"
"$JAVA" -Djava.awt.headless=true -cp "$JAR" dev.llmchem.benchmarks.report.Summary "$OUT"
echo "report: done in $(( $(date +%s) - start )) s: $OUT/SUMMARY.md" >&2
