# Builds the yardstick binaries into a directory (sourced by run.sh, rounds.sh, check_best.sh).
#   build_yardsticks DIR   -> DIR/chem_st, DIR/chem_omp (chem_avx2.c, 1 thread / OpenMP),
#                             DIR/chem_best (the CPU's widest ISA), DIR/chem_best_avx2 (AVX2
#                             build, for comparison; the same binary as chem_best without AVX-512),
#                             DIR/stream (bandwidth probe)
# chem_best's ISA is chosen here, at build time, from /proc/cpuinfo: AVX-512 when the CPU has
# avx512f, avx512dq, avx512bw and avx512vl, else AVX2. All builds use -ffp-contract=off (the
# kernels' double terms must be rounded as the oracle's; the float test has its own margin).
YARDSTICK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CFLAGS_Y="-O3 -march=native -ffp-contract=off -Wall"

cpu_has() { grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -qx "$1"; }

best_isa() {
  if cpu_has avx512f && cpu_has avx512dq && cpu_has avx512bw && cpu_has avx512vl; then echo avx512
  else echo avx2; fi
}

build_yardsticks() {
  local d="$1" isa
  isa="$(best_isa)"
  # shellcheck disable=SC2086
  {
    gcc $CFLAGS_Y -Wno-unknown-pragmas -o "$d/chem_st" "$YARDSTICK_DIR/chem_avx2.c" -lm
    gcc $CFLAGS_Y -fopenmp -o "$d/chem_omp" "$YARDSTICK_DIR/chem_avx2.c" -lm
    gcc $CFLAGS_Y -fopenmp -o "$d/stream" "$YARDSTICK_DIR/stream_avx2.c"
    gcc $CFLAGS_Y -mno-avx512f -fopenmp -o "$d/chem_best_avx2" "$YARDSTICK_DIR/chem_best.c" -lm
    if [ "$isa" = avx512 ]; then
      gcc $CFLAGS_Y -mavx512f -mavx512dq -mavx512bw -mavx512vl -fopenmp -o "$d/chem_best" "$YARDSTICK_DIR/chem_best.c" -lm
    else
      cp "$d/chem_best_avx2" "$d/chem_best"
    fi
  }
  echo "yardstick builds: gcc $(gcc -dumpfullversion) $CFLAGS_Y; chem_best ISA: $isa" >&2
}
