#!/usr/bin/env bash
# Same-machine C yardstick for the dense CHEME kernel on AVX2 + FMA (no AVX-512 needed).
# Usage: benchmarks/yardstick/run.sh [n ...]     (default: 16 20 24 26)
# Prints the memory bandwidth (stream_avx2, 1 and 2 threads), then per n one RESULT line per
# variant: cpu_s (CPU time / threads), wall_s, terms_per_s (from cpu_s) and "check=exact"
# against the naive loop (float variants print their max difference instead).
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT
# COSTS=java: costs uniform in [0.01, 1) like the JMH CostTableState (default here);
# COSTS=limit gives chem.c's [1, 1.5).
export REFDIR="$W" OMP_WAIT_POLICY=passive OMP_PROC_BIND=false COSTS="${COSTS:-java}"
gcc -O3 -march=native -Wall -Wno-unknown-pragmas -o "$W/chem_st" "$HERE/chem_avx2.c" -lm
gcc -O3 -march=native -fopenmp -Wall -o "$W/chem_omp" "$HERE/chem_avx2.c" -lm
gcc -O3 -march=native -fopenmp -Wall -o "$W/stream" "$HERE/stream_avx2.c"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-) | $(nproc) cores | load: $(cut -d' ' -f1-3 /proc/loadavg)"
OMP_NUM_THREADS=1 "$W/stream" 256
OMP_NUM_THREADS=2 "$W/stream" 256
for n in "${@:-16 20 24 26}"; do
  "$W/chem_st" naive "$n" 1 | grep '^RESULT'                      # reference matrix for the checks
  "$W/chem_st" blkL2 "$n" 3 | grep '^RESULT'                      # exact double, 1 thread
  OMP_NUM_THREADS=2 "$W/chem_omp" blkL2cmp "$n" 3 | grep '^RESULT'  # best double, 2 threads
  OMP_NUM_THREADS=2 "$W/chem_omp" blkL2fcmp "$n" 3 | grep '^RESULT' # best float, 2 threads
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
