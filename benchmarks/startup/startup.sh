#!/usr/bin/env bash
# Whole-process start-up of `./chem recommend` (wall seconds and peak RSS), interleaved runs.
# Usage: benchmarks/startup/startup.sh [ROUNDS] [DATA]   (default 15 rounds, the paper's runs.csv)
# Variants per round, in turn: ./chem as users run it (JDK 25 AOT cache; quick start: C2 for
# the engine's compute packages only; a dense run at |U| >= 28 would hand off to a vector JVM),
# CHEM_QUICK=0 (C2 for every method), CHEM_VECTOR=0 (no hand-off), CHEM_VECTOR=1 (the
# Vector API module resolved), CHEM_AOT=0 (no cache), a JDK 17 under /usr/lib/jvm with and
# without its class-data sharing archive, and, when REF_CMD is set, the reference
# implementation (a shell command run from REF_DIR, e.g. REF_DIR=/work/refimpl
# REF_CMD='python3 main.py recommend --data runs.csv'; its code is not part of this repository). Prints one line per run and the
# medians. Needs GNU time (/usr/bin/time; apt-get install time).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROUNDS="${1:-15}"
DATA="${2:-$ROOT/fixtures/reference/runs.csv}"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "startup.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
cd "$ROOT"
./chem recommend --data "$DATA" >/dev/null 2>&1          # builds; starts the AOT training
sleep 1
CHEM_VECTOR=1 ./chem recommend --data "$DATA" >/dev/null 2>&1
JDK17=$(ls -d /usr/lib/jvm/*17*/bin/java 2>/dev/null | head -1 || true)  # its CDS archive too
[ -z "$JDK17" ] || CHEM_JAVA="$JDK17" ./chem recommend --data "$DATA" >/dev/null 2>&1
for _ in $(seq 60); do                                     # wait for the class caches
  pgrep -f 'AOTCacheOutput|ArchiveClassesAtExit' >/dev/null || break
  sleep 1
done
echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-) | $(nproc) cpus | load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# variant wall_s peak_rss_kb"
T="$(mktemp)"; trap 'rm -f "$T"' EXIT
measure() { # name, command...
  local name="$1"; shift
  "$TIME" -o "$T" -f '%e %M' "$@" >/dev/null 2>&1 || true
  echo "$name $(tail -1 "$T")"
}
{
  for _ in $(seq "$ROUNDS"); do
    measure chem ./chem recommend --data "$DATA"
    measure chem-noquick env CHEM_QUICK=0 ./chem recommend --data "$DATA"
    measure chem-novector env CHEM_VECTOR=0 ./chem recommend --data "$DATA"
    measure chem-vector env CHEM_VECTOR=1 ./chem recommend --data "$DATA"
    measure chem-noaot env CHEM_AOT=0 ./chem recommend --data "$DATA"
    if [ -n "$JDK17" ]; then
      measure chem-jdk17 env CHEM_JAVA="$JDK17" ./chem recommend --data "$DATA"
      measure chem-jdk17-nocds env CHEM_JAVA="$JDK17" CHEM_AOT=0 ./chem recommend --data "$DATA"
    fi
    if [ -n "${REF_CMD:-}" ]; then
      measure reference bash -c "cd '${REF_DIR:-.}' && $REF_CMD"
    fi
  done
} | awk '   # each run as it ends, then the medians: one stream (a tee to /dev/stderr reopened
             # a redirected file at offset 0 and overwrote the lines before it)
  { print; fflush(); w[$1] = w[$1] " " $2; r[$1] = r[$1] " " $3 }
  function median(s,   a, n, i, j, t) {
    n = split(s, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END { for (k in w) printf "median %-18s %6.3f s  %7.1f MiB\n", k, median(w[k]), median(r[k]) / 1024 }'
