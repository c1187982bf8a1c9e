#!/usr/bin/env bash
# Diffs two report folders measurement by measurement and flags median changes above a threshold.
# Usage: benchmarks/compare.sh OLD-DIR NEW-DIR [--threshold PCT (default 10)] [--fail-on-regression]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_jar
exec "$(newest_java)" -cp "$JAR" dev.llmchem.benchmarks.report.Compare "$@"
