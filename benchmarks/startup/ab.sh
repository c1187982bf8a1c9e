#!/usr/bin/env bash
# Whole-process A/B of two checkouts' ./chem on the same commands, interleaved (A, B, A, B...)
# so both see the same phase of a noisy machine: wall seconds and peak RSS per run, then the
# medians and B/A per case (wall from bash's EPOCHREALTIME, to 0.1 ms). Usage:
#   benchmarks/startup/ab.sh OTHER_CHECKOUT [ROUNDS]     (A = OTHER_CHECKOUT, B = this one)
# e.g. git worktree add /tmp/base HEAD~1 && benchmarks/startup/ab.sh /tmp/base 9
# Cases: recommend, eval and profile on the paper's history, recommend on a RouterBench-shaped
# 7 MB history, chemistry on the fixture. Needs GNU time (/usr/bin/time; apt-get install time).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
A="$(cd "${1:?usage: ab.sh OTHER_CHECKOUT [ROUNDS]}" && pwd)"
ROUNDS="${2:-7}"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "ab.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
RUNS="$ROOT/fixtures/reference/runs.csv"
"$ROOT/chem" fixtures --shape routerbench --scale 0.05 --seed 1 -o "$TMP/rb.csv" >/dev/null
for c in "$A" "$ROOT"; do                       # builds each; starts its class-cache training
  "$c/chem" recommend --data "$RUNS" >/dev/null 2>&1
done
for _ in $(seq 90); do                          # wait for the class caches (JDK 25+)
  pgrep -f 'AOTCacheOutput' >/dev/null || break
  sleep 1
done
CASES=("recommend --data $RUNS" "eval --data $RUNS" "profile --data $RUNS --json"
  "recommend --data $TMP/rb.csv" "chemistry --data $ROOT/fixtures/data/demo.csv")
echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-) | $(nproc) cpus | load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# A = $A ($(git -C "$A" rev-parse --short HEAD)), B = $ROOT ($(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD || echo '+changes'))"
echo "# side case wall_s peak_rss_kb"
T="$TMP/time"
{
  for _ in $(seq "$ROUNDS"); do
    for i in "${!CASES[@]}"; do
      for side in A B; do
        dir=$A; [ "$side" = B ] && dir=$ROOT
        # shellcheck disable=SC2086  # the case is a word list
        t0=$EPOCHREALTIME
        "$TIME" -o "$T" -f '%M' "$dir/chem" ${CASES[$i]} >/dev/null 2>&1 || true
        t1=$EPOCHREALTIME
        echo "$side $i $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }') $(tail -1 "$T")"
      done
    done
  done
} | tee "$TMP/runs" >&2
for i in "${!CASES[@]}"; do
  awk -v i="$i" -v name="${CASES[$i]//$TMP\//}" '
    $2 == i { w[$1] = w[$1] " " $3; r[$1] = r[$1] " " $4 }
    function median(s,   a, n, k, j, t) {
      n = split(s, a, " ")
      for (k = 1; k <= n; k++) for (j = k + 1; j <= n; j++) if (a[j] < a[k]) { t = a[k]; a[k] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
      sub(/ --data .*\//, " ", name)
      printf "%-32s A %.3f s %5.1f MiB | B %.3f s %5.1f MiB | B/A %.2f\n", name,
        median(w["A"]), median(r["A"]) / 1024, median(w["B"]), median(r["B"]) / 1024,
        median(w["B"]) / median(w["A"])
    }' "$TMP/runs"
done
