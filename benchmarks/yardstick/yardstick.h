// Shared by the dense CHEME yardsticks (chem_avx2.c, chem_best.c): timers, the random cost
// table, the naive oracle and the reference-matrix check, so that every binary evaluates the
// same table and checks against the same file.
//
// Environment:
//   COSTS=java   costs uniform in [0.01, 1) (the JMH CostTableState's distribution)
//   COSTS=limit  [1, 1.5) (the team's original C yardstick; the default when COSTS is unset)
//   COSTS=near   [1, 1.01): near-constant costs (chem values around 0.01)
//   COSTS=ties   two levels, lo = 1 + 0.55 ulp and hi = fl(1.01) + 0.45 ulp (float ulps), plus
//                2^-40 noise: float rounding moves lo up and hi down, so the float numerator of
//                the largest terms (hi - lo - lo + hi) is 1.8 ulp short, and those terms tie up
//                to the noise. A float test without its margin rho keeps the first of them and
//                skips the rest (NO_MARGIN=1 in chem_best shows the checks catch it).
//   ZERO_PERMILLE=z   zero about z per mille of the cells (the zero-cost rule of SPEC section 6)
//   NOCLIP=1     report max d instead of min(max d, 1) (d > 1 is common with COSTS=java: the
//                clipped check would only compare 1.0 with 1.0; the unclipped one compares every
//                pair's exact maximum)
//   REFDIR=dir   where ref_<costs>_z<permille>[_noclip]_n<n>.bin is read (and written by naive)
//   WRITEREF=1   any variant writes the reference when the file is missing (for sizes where the
//                naive loop is too slow; used with an exact variant checked at smaller n)
#ifndef YARDSTICK_H
#define YARDSTICK_H
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAXN 32
#define IDX(a, b) ((a) * MAXN + (b))

static double cpunow(void) { struct timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec * 1e-9; }
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }
static int env_int(const char *name, int def) { const char *s = getenv(name); return s ? atoi(s) : def; }
static int noclip(void) { return env_int("NOCLIP", 0) != 0; }
static const char *costs_kind(void) { const char *s = getenv("COSTS"); return s && *s ? s : "limit"; }

static uint64_t sm_state;
static uint64_t splitmix64(void) {
  uint64_t z = (sm_state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull; z = (z ^ (z >> 27)) * 0x94D049BB133111EBull; return z ^ (z >> 31);
}

// The table of 2^n costs (64-byte aligned), the same for every binary given n and the environment:
// lo + w * r is rounded twice (no FMA), whatever -ffp-contract the binary is built with.
__attribute__((optimize("fp-contract=off"))) static double *make_table(int n) {
  size_t N = 1ull << n;
  double *c = aligned_alloc(64, N * 8);
  if (!c) { fprintf(stderr, "out of memory for 2^%d doubles\n", n); exit(1); }
  const char *k = costs_kind();
  double lo = 1.0, w = 0.5;
  if (!strcmp(k, "java")) lo = 0.01, w = 0.99;
  else if (!strcmp(k, "near")) lo = 1.0, w = 0.01;
  else if (strcmp(k, "limit") && strcmp(k, "ties")) { fprintf(stderr, "COSTS=%s: expected java, limit, near or ties\n", k); exit(2); }
  sm_state = 0xC0FFEEull * 1000 + n;
  if (!strcmp(k, "ties")) {
    const double ulp = 0x1p-23, hi = (double)1.01f + 0.45 * ulp, low = 1.0 + 0.55 * ulp;
    for (size_t i = 0; i < N; i++) {
      uint64_t z = splitmix64();
      c[i] = ((z >> 63) ? hi : low) + 0x1p-40 * ((double)((z >> 11) & ((1ull << 52) - 1)) * 0x1.0p-52);
    }
  } else {
    for (size_t i = 0; i < N; i++) c[i] = lo + w * ((double)(splitmix64() >> 11) * 0x1.0p-53);
  }
  int zp = env_int("ZERO_PERMILLE", 0);
  for (size_t i = 0; zp && i < N; i++) if ((int)(splitmix64() % 1000) < zp) c[i] = 0.0;
  return c;
}

// The oracle: every (X, a < b) term in the reference's order and rounding, with the zero-cost
// skip; out[IDX(a, b)] = max d (clipped to 1 unless NOCLIP), -1 when every term was skipped.
static void k_naive(const double *c, int n, double *out) {
  size_t N = 1ull << n;
  double clip = noclip() ? INFINITY : 1.0;
  for (int i = 0; i < MAXN * MAXN; i++) out[i] = -1.0;
  for (size_t X = 0; X < N; X++) {
    double c0 = c[X];
    for (int a = 0; a < n; a++) {
      size_t A = 1ull << a;
      if (X & A) continue;
      double ca = c[X | A];
      for (int b = a + 1; b < n; b++) {
        size_t B = 1ull << b;
        if (X & B) continue;
        double cb = c[X | B], cab = c[X | A | B];
        if (c0 == 0.0 || ca == 0.0 || cb == 0.0 || cab == 0.0) continue;
        double d = fabs(cab - ca - cb + c0) / cab;
        if (d > clip) d = clip;
        if (d > out[IDX(a, b)]) out[IDX(a, b)] = d;
      }
    }
  }
}

// Compares out with the reference file: "exact" (every pair bit-identical, -1 included),
// "MISMATCH(k pairs, maxdiff=...)", "wrote-ref" (naive, or WRITEREF=1, when the file is
// missing) or "noref".
static void check_ref(const double *out, int n, const char *variant, char *chk, size_t sz) {
  char fn[512];
  snprintf(fn, sizeof fn, "%s/ref_%s_z%d%s_n%d.bin", getenv("REFDIR") ? getenv("REFDIR") : ".",
           costs_kind(), env_int("ZERO_PERMILLE", 0), noclip() ? "_noclip" : "", n);
  double ref[MAXN * MAXN];
  FILE *f = fopen(fn, "rb");
  snprintf(chk, sz, "noref");
  if (f && fread(ref, sizeof ref, 1, f) == 1) {
    double md = 0;
    int bad = 0;
    for (int a = 0; a < n; a++)
      for (int b = a + 1; b < n; b++)
        if (memcmp(&out[IDX(a, b)], &ref[IDX(a, b)], sizeof(double))) {
          bad++;
          if (fabs(out[IDX(a, b)] - ref[IDX(a, b)]) > md) md = fabs(out[IDX(a, b)] - ref[IDX(a, b)]);
        }
    if (!bad) snprintf(chk, sz, "exact");
    else snprintf(chk, sz, "MISMATCH(%d,maxdiff=%.2e)", bad, md);
  } else if (!strcmp(variant, "naive") || env_int("WRITEREF", 0)) {
    FILE *w = fopen(fn, "wb");
    if (w) { fwrite(out, sizeof ref, 1, w); fclose(w); snprintf(chk, sz, "wrote-ref"); }
  }
  if (f) fclose(f);
}

static int cmpd(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }
#endif
