#!/usr/bin/env bash
# Runs JMH suites on the newest JDK present and records the machine beside the results.
# Usage: benchmarks/run.sh NAME 'JMH-REGEX' [JMH options...]
#   e.g. benchmarks/run.sh cost-table CostTableBenchmark -p u=12,16,20,24,26
# Writes perf-reports/NAME.json (JMH -rf json) and perf-reports/NAME.machine.txt.
# For a whole profile with a summary and plots, use benchmarks/report.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
NAME="$1"; shift
REGEX="$1"; shift
build_jar
JAVA="$(newest_java)"
OUT="$ROOT/perf-reports"
mkdir -p "$OUT"
machine_info "$JAVA" "benchmarks.jar $REGEX $*" > "$OUT/$NAME.machine.txt"
cat "$OUT/$NAME.machine.txt" >&2
"$JAVA" -jar "$JAR" "$REGEX" -rf json -rff "$OUT/$NAME.json" "$@"
