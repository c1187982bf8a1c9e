#!/usr/bin/env bash
# Exactness of chem_best.c: every result bit-identical to a reference matrix, unclipped (NOCLIP=1:
# the clipped values are mostly 1.0 with COSTS=java and would hide a wrong maximum).
#   - n in SMALL (default 12..20): against the naive loop; variants best and pairs, both builds
#     (the CPU's widest ISA and AVX2), 1 and 2 threads;
#   - n in LARGE (default 21..26): against chem_avx2.c's exact blkL2 (checked against the naive
#     loop at the SMALL sizes in the same run), both builds, 2 threads;
#   - tables: COSTS=java ([0.01, 1)), limit ([1, 1.5)), near ([1, 1.01)), ties (maxima tied up
#     to 2^-40 noise, float numerators rounded short: see yardstick.h), java with 1% and 30% zero
#     cells (the zero-cost rule);
#   - a negative control: on the ties tables chem_best with NO_MARGIN=1 (the float test without
#     its margin) must NOT be exact, so the checks can see a wrongly skipped term;
#   - tiny plans (BLK_L=3 BLK_H=2: many passes, lane groups shorter than a float vector, so the
#     scalar and two-sweep fallbacks run) and the default clipped output at a few sizes.
# Usage: benchmarks/yardstick/check_best.sh [OUT_FILE]   (SMALL=..., LARGE=... to change sizes)
# Exits 1 when any result is not exact. Takes a few minutes (the naive loop at n = 20).
set -eu
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
OUT="${1:-/dev/stdout}"
SMALL="${SMALL:-12 13 14 15 16 17 18 19 20}"
LARGE="${LARGE:-21 22 23 24 25 26}"
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
build_yardsticks "$W"
export OMP_WAIT_POLICY=passive OMP_PROC_BIND=false
fails=0 checks=0
: > "$W/log"
line() {  # table n binary threads RESULT-line
  local chk isa
  chk="$(sed -n 's/.* check=\([^ ]*\).*/\1/p' <<< "$5")"
  isa="$(sed -n 's/.* isa=\([^ ]*\).*/\1/p' <<< "$5")"
  printf '%-22s n=%-2s %-8s %-7s threads=%s %s\n' "$1" "$2" "$(cut -d' ' -f2 <<< "$5")" "${isa:-avx2}" "$4" "$chk" >> "$W/log"
  checks=$((checks + 1))
  [ "$chk" = exact ] || { fails=$((fails + 1)); echo "NOT EXACT: $1 n=$2 $3 threads=$4: $5" >&2; }
}
run_table() {  # name COSTS ZERO_PERMILLE [env...]
  local name="$1" n b t r
  export COSTS="$2" ZERO_PERMILLE="$3" NOCLIP="${NOCLIP_T:-1}" REFDIR="$W/ref-$1"
  mkdir -p "$REFDIR"
  for n in $SMALL; do
    "$W/chem_st" naive "$n" 1 > /dev/null
    line "$name" "$n" chem_st 1 "$("$W/chem_st" blkL2 "$n" 1 | grep '^RESULT')"
    for b in chem_best chem_best_avx2; do
      for t in 1 2; do
        for v in best pairs; do
          r="$(OMP_NUM_THREADS=$t "$W/$b" "$v" "$n" 1 | grep '^RESULT')"
          line "$name" "$n" "$b" "$t" "$r"
        done
      done
    done
  done
  for n in $LARGE; do
    WRITEREF=1 "$W/chem_st" blkL2 "$n" 1 > /dev/null   # the exact blocked variant as reference
    for b in chem_best chem_best_avx2; do
      line "$name" "$n" "$b" 2 "$(OMP_NUM_THREADS=2 "$W/$b" best "$n" 1 | grep '^RESULT')"
    done
  done
}
{
  echo "# check_best.sh $(date -u +%Y-%m-%dT%H:%M:%SZ), git $(git -C "$YARDSTICK_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$YARDSTICK_DIR" diff --quiet HEAD -- . 2>/dev/null || echo +dirty)"
  echo "# cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); gcc $(gcc -dumpfullversion); chem_best ISA $(best_isa)"
  echo "# SMALL=\"$SMALL\" (vs naive) LARGE=\"$LARGE\" (vs chem_avx2 blkL2), NOCLIP=1 unless marked clipped"
} > "$W/head"
run_table java java 0
run_table limit limit 0
run_table near near 0
run_table ties ties 0
run_table zeros-1pct java 10
run_table zeros-30pct java 300
SMALL_ALL="$SMALL" LARGE_ALL="$LARGE"
SMALL="12 16 18" LARGE="" BLK_L=3 BLK_H=2 run_table java-tinyplan java 0
SMALL="12 16 18" LARGE="" BLK_L=3 BLK_H=2 run_table zeros-tinyplan java 300
SMALL="16 20" LARGE="24" NOCLIP_T=0 run_table java-clipped java 0
SMALL="$SMALL_ALL" LARGE="$LARGE_ALL"
mkdir -p "$W/ref-ties"
for n in 16 20; do  # negative control (the naive loop writes the reference when missing)
  COSTS=ties ZERO_PERMILLE=0 NOCLIP=1 REFDIR="$W/ref-ties" "$W/chem_st" naive "$n" 1 > /dev/null
  r="$(COSTS=ties ZERO_PERMILLE=0 NOCLIP=1 REFDIR="$W/ref-ties" NO_MARGIN=1 OMP_NUM_THREADS=2 "$W/chem_best" best "$n" 1 | grep '^RESULT')"
  chk="$(sed -n 's/.* check=\([^ ]*\).*/\1/p' <<< "$r")"
  printf '%-22s n=%-2s %-8s %-7s threads=2 %s (expected: not exact)\n' ties-NO_MARGIN "$n" best "$(best_isa)" "$chk" >> "$W/log"
  checks=$((checks + 1))
  case "$chk" in MISMATCH*) ;; *) fails=$((fails + 1)); echo "negative control exact: the checks cannot see a missing margin" >&2 ;; esac
done
{ cat "$W/head"; cat "$W/log"; echo "# $checks checks, $((checks - fails)) as expected, $fails failed"; } > "$W/report"
if [ "$OUT" = /dev/stdout ]; then cat "$W/report"; else cp "$W/report" "$OUT"; tail -1 "$OUT"; fi
[ "$fails" = 0 ]
