#!/usr/bin/env bash
# One measurement session for perf-reports/cheme-dense.md: yardstick and JMH back to back.
# Usage (from the repository root, after `mvn -B -ntp package -DskipTests`):
#   benchmarks/yardstick/session.sh [out-dir]      (default perf-reports)
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${1:-$ROOT/perf-reports}"
JAVA="${CHEM_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
SIZES="${SIZES:-16 20 24 26}"
cd "$ROOT"
{
  echo "date: $(date -u +%FT%TZ)"; echo "uptime: $(uptime)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-) x $(nproc)"
  echo "java: $("$JAVA" -version 2>&1 | head -1)"
} | tee "$OUT/cheme-dense-session.txt"
# shellcheck disable=SC2086
benchmarks/yardstick/run.sh $SIZES | tee "$OUT/cheme-dense-yardstick.txt"
echo "uptime before JMH: $(uptime)" | tee -a "$OUT/cheme-dense-session.txt"
# jmh.ignoreLock: other sessions' JMH runs hold /tmp/jmh.lock on this shared machine.
"$JAVA" -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar 'ChemeDenseBenchmark.(dense|float|vector)' \
  -p u="$(echo "$SIZES" | tr ' ' ,)" -f 1 -wi 2 -i 3 -w 1 -r 1 -rf json -rff "$OUT/cheme-dense.json" \
  | tee "$OUT/cheme-dense-jmh.txt" | grep -E '^(Benchmark|ChemeDense)'
echo "uptime after JMH: $(uptime)" | tee -a "$OUT/cheme-dense-session.txt"
"$JAVA" -cp benchmarks/target/benchmarks.jar dev.llmchem.benchmarks.ChemePlot \
  "$OUT/cheme-dense.json" "$OUT/cheme-dense-yardstick.txt" "$OUT/cheme-dense.png"
