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
M="$OUT/cheme-dense.machine.txt"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo '+dirty')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') ($(grep -o -w -m1 'avx512f\|avx2' /proc/cpuinfo | sort -u | tr '\n' ' '))"
  echo "cores: $(nproc)"
  echo "memory: $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "os: $(uname -sr)"
  echo "jdk: $("$JAVA" -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "gcc: $(gcc --version | head -1)"
  echo "command: benchmarks/yardstick/session.sh (SIZES=$SIZES)"
  echo "uptime at start: $(uptime)"
} | tee "$M"
# shellcheck disable=SC2086
benchmarks/yardstick/run.sh $SIZES | tee "$OUT/cheme-dense-yardstick.txt"
echo "uptime before JMH: $(uptime)" | tee -a "$M"
# jmh.ignoreLock: other sessions' JMH runs hold /tmp/jmh.lock on this shared machine.
"$JAVA" -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar 'ChemeDenseBenchmark.(dense|vector)' \
  -p u="$(echo "$SIZES" | tr ' ' ,)" -f 1 -wi 2 -i 3 -w 1 -r 1 -rf json -rff "$OUT/cheme-dense.json" \
  | tee "$OUT/cheme-dense-jmh.txt" | grep -E '^(Benchmark|ChemeDense)'
echo "uptime after JMH: $(uptime)" | tee -a "$M"
"$JAVA" -cp benchmarks/target/benchmarks.jar dev.llmchem.benchmarks.ChemePlot \
  "$OUT/cheme-dense.json" "$OUT/cheme-dense-yardstick.txt" "$OUT/cheme-dense.png"
