#!/usr/bin/env bash
# ./chem's quick start (C2 only for the engine's compute packages, cli/jit/quick.json) against
# CHEM_QUICK=0 (C2 for every method), whole-process, interleaved: wall seconds and peak RSS per
# run, then the medians. Usage: benchmarks/startup/quick.sh [ROUNDS]   (default 5)
# Cases: recommend on the paper's history and on RouterBench-shaped ones (7 MB, 30 MB), profile
# on a 48 MB synthetic history, eval on the paper's history, chemistry on synthetic one-task
# histories at |U| = 20..24 (the dense loops, which keep C2).
# Needs GNU time (/usr/bin/time; apt-get install time).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROUNDS="${1:-5}"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "quick.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
cd "$ROOT"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
./chem recommend --data fixtures/reference/runs.csv >/dev/null 2>&1   # builds; AOT training
for u in 20 22 24; do
  ./chem fixtures --models "$u" --unused-share 0 --tasks 1 --wordings 1 --trials 400 --seed 3 \
    -o "$TMP/u$u.csv"
done
for s in 0.05 0.2; do
  ./chem fixtures --shape routerbench --scale "$s" --seed 1 -o "$TMP/rb$s.csv"
done
./chem fixtures --trials 40000 --models 12 --seed 2 -o "$TMP/t40k.csv"
for _ in $(seq 60); do                                     # the class cache (JDK 25+)
  pgrep -f 'AOTCacheOutput' >/dev/null || break
  sleep 1
done
CASES=("recommend --data fixtures/reference/runs.csv" "recommend --data $TMP/rb0.05.csv"
  "recommend --data $TMP/rb0.2.csv" "profile --data $TMP/t40k.csv"
  "eval --data fixtures/reference/runs.csv")
for u in 20 22 24; do CASES+=("chemistry --top 1 --data $TMP/u$u.csv"); done
echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-) | $(nproc) cpus | load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# case variant wall_s peak_rss_kb"
{
  for _ in $(seq "$ROUNDS"); do
    for i in "${!CASES[@]}"; do
      for v in quick c2; do
        # shellcheck disable=SC2086
        env CHEM_QUICK="$([ $v = quick ] && echo 1 || echo 0)" "$TIME" -o "$TMP/t" -f '%e %M' \
          ./chem ${CASES[$i]} >/dev/null 2>&1 || true
        echo "$i $v $(tail -1 "$TMP/t")"
      done
    done
  done
} | awk -v cases="$(printf '%s\n' "${CASES[@]}" | sed "s|$TMP/||")" '
  # each run as it ends, then the table: one stream (a tee to /dev/stderr reopened a
  # redirected file at offset 0 and overwrote the lines before it)
  BEGIN { n = split(cases, c, "\n") }
  { print; fflush(); k = $1 " " $2; w[k] = w[k] " " $3; r[k] = r[k] " " $4 }
  function median(s,   a, n, i, j, t) {
    n = split(s, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    print "| case | quick s | C2 s | quick MiB | C2 MiB |"; print "|---|---|---|---|---|"
    for (i = 1; i <= n; i++) printf "| %s | %.3f | %.3f | %.1f | %.1f |\n", c[i], median(w[i-1 " quick"]),
      median(w[i-1 " c2"]), median(r[i-1 " quick"]) / 1024, median(r[i-1 " c2"]) / 1024
  }'
