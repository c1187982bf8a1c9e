#!/usr/bin/env bash
# Same-machine C yardsticks for the dense CHEME kernel.
# Usage: benchmarks/yardstick/run.sh [n ...]     (default: 16 20 24 26)
# Prints the memory bandwidth (stream_avx2, 1 and 2 threads), then per n one RESULT line per
# variant: cpu_s (CPU time / threads), wall_s, terms_per_s (from cpu_s) and "check=exact"
# against the naive loop, unclipped (float variants print their difference instead):
#   chem_avx2.c  blkL2 (1 thread), blkL2cmp and blkL2fcmp (float) (2 threads)
#   chem_best.c  best (the engine's algorithm; the CPU's widest ISA, and the AVX2 build when that
#                is AVX-512), pairs (one pair per sweep) and driver (no pair loop), 2 threads
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
source "$HERE/build.sh"
# COSTS=java: costs uniform in [0.01, 1) like the JMH CostTableState (default here);
# COSTS=limit gives chem.c's [1, 1.5); yardstick.h lists the others.
export REFDIR="$W" OMP_WAIT_POLICY=passive OMP_PROC_BIND=false COSTS="${COSTS:-java}" NOCLIP=1
build_yardsticks "$W"
ISA="$(best_isa)"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-) | $(nproc) cores | chem_best ISA: $ISA | load: $(cut -d' ' -f1-3 /proc/loadavg)"
OMP_NUM_THREADS=1 "$W/stream" 256
OMP_NUM_THREADS=2 "$W/stream" 256
for n in "${@:-16 20 24 26}"; do
  "$W/chem_st" naive "$n" 1 | grep '^RESULT'                       # reference matrix for the checks
  "$W/chem_st" blkL2 "$n" 3 | grep '^RESULT'                       # exact double, 1 thread
  OMP_NUM_THREADS=2 "$W/chem_omp" blkL2cmp "$n" 3 | grep '^RESULT'   # simple best double, 2 threads
  OMP_NUM_THREADS=2 "$W/chem_omp" blkL2fcmp "$n" 3 | grep '^RESULT'  # simple best float, 2 threads
  OMP_NUM_THREADS=2 "$W/chem_best" best "$n" 3 | grep '^RESULT'      # the engine's algorithm
  [ "$ISA" = avx2 ] || OMP_NUM_THREADS=2 "$W/chem_best_avx2" best "$n" 3 | grep '^RESULT'
  OMP_NUM_THREADS=2 "$W/chem_best" pairs "$n" 3 | grep '^RESULT'
  OMP_NUM_THREADS=2 "$W/chem_best" driver "$n" 3 | grep '^RESULT'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
