#!/usr/bin/env bash
# Runs JMH suites on the newest JDK present and records the machine beside the results.
# Usage: benchmarks/run.sh NAME 'JMH-REGEX' [JMH options...]
#   e.g. benchmarks/run.sh cost-table CostTableBenchmark -p u=12,16,20,24,26
# Writes perf-reports/NAME.json (JMH -rf json) and perf-reports/NAME.machine.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAME="$1"; shift
REGEX="$1"; shift
JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/engine/src" "$ROOT/benchmarks/src" "$ROOT/fixtures/src" -newer "$JAR" -name '*.java' -print -quit)" ]; then
  (cd "$ROOT" && mvn -B -q -ntp -Dstyle.color=never -DskipTests package -pl benchmarks -am >&2)
fi
JAVA=""; BESTV=0
for d in /usr/lib/jvm/*/; do
  [ -x "$d/bin/java" ] && [ -f "$d/release" ] || continue
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release")
  if [ -n "$v" ] && [ "$v" -gt "$BESTV" ]; then BESTV=$v; JAVA="$d/bin/java"; fi
done
JAVA="${CHEM_JAVA:-${JAVA:-java}}"
OUT="$ROOT/perf-reports"
mkdir -p "$OUT"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo '+dirty')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "cores: $(nproc)"
  echo "memory: $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "os: $(uname -sr)"
  echo "jdk: $("$JAVA" -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "command: benchmarks.jar $REGEX $*"
} > "$OUT/$NAME.machine.txt"
cat "$OUT/$NAME.machine.txt" >&2
"$JAVA" -jar "$JAR" "$REGEX" -rf json -rff "$OUT/$NAME.json" "$@"
