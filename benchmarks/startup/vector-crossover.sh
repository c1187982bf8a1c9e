#!/usr/bin/env bash
# Cold-process crossover of the dense CHEME loops: for each |U|, fresh JVMs run
# `chem chemistry` with the plain loops and with the Vector API loops forced at every size
# (-Dllmchem.cheme.vector=always), interleaved; prints the CHEME seconds the command reports.
# Usage: benchmarks/startup/vector-crossover.sh [REPS] [U...]   (default 5; 16 18 20 22 24 26)
# Histories: synthetic, one task, |U| = |S| = U (fixtures --unused-share 0), in a temp folder.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REPS="${1:-5}"; shift || true
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(16 18 20 22 24 26)
"$ROOT/chem" --version >/dev/null 2>&1   # builds the jars when needed
source "$ROOT/benchmarks/lib.sh"
JAVA="$(newest_java)"
CP="$ROOT/cli/target/chem.jar:$ROOT/vector/target/llmchem-vector.jar"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-) | $("$JAVA" -version 2>&1 | head -1)"
echo "# u loops cheme_seconds wall_ms"
for u in "${SIZES[@]}"; do
  "$JAVA" -jar "$ROOT/fixtures/target/fixtures.jar" --models "$u" --unused-share 0 --tasks 1 \
    --wordings 1 --trials 400 --seed 3 -o "$TMP/u$u.csv"
  for _ in $(seq "$REPS"); do
    for mode in plain vector; do
      prop=false; [ "$mode" = vector ] && prop=always
      s=$(date +%s%N)
      line=$("$JAVA" --add-modules jdk.incubator.vector -Dllmchem.cheme.vector=$prop -cp "$CP" \
        dev.llmchem.cli.Main chemistry --data "$TMP/u$u.csv" --top 1 2>/dev/null | grep -m1 'evaluated pairs')
      e=$(date +%s%N)
      echo "$u $mode $(sed -n 's/.*terms, \([0-9.]*\) s).*/\1/p' <<<"$line") $(( (e - s) / 1000000 ))"
    done
  done
done
