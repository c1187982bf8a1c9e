// CHEME dense kernel: the C yardstick for AVX2 + FMA machines (port of the team's dense C
// yardstick chem.c, which needs AVX-512).
//   chem[a][b] = max over X (bits a,b clear) of min(|c[X|A|B]-c[X|A]-c[X|B]+c[X]| / c[X|A|B], 1),
//   skipping a term when any of its four costs is exactly 0.  Result -1 = pair never evaluated.
// Build: gcc -O3 -march=native [-fopenmp] chem_avx2.c -o chem -lm
// Usage: ./chem <variant> <n> [reps]     (OMP_NUM_THREADS picks threads in the -fopenmp build)
// Variants:
//   naive      scalar triple loop (X, a, b), branches, exactly the reference formula (writes ref)
//   blkL2      cache-blocked: sub-cubes of 2^k cells (low l bits + 2 high groups) copied to an
//              L2 buffer, every owned pair runs there with the AVX2 pair kernel; exact division
//   blkL2cmp   as blkL2, divides only when a lane may improve (exact FMA sign test, term4cmp)
//   nocheck    blkL2 without the zero-cost test
//   blkL2f / blkL2fcmp   float (8-lane) versions (result ~2e-7 off the double reference)
// Output: "RESULT variant n threads cpu_s wall_s terms_per_s ... check" as the original.
// Table, oracle and reference check: yardstick.h (COSTS, ZERO_PERMILLE, NOCLIP, REFDIR, WRITEREF).
#define _GNU_SOURCE
#include <immintrin.h>
#include "yardstick.h"
#ifdef _OPENMP
#include <omp.h>
static int nthreads(void) { return omp_get_max_threads(); }
#else
static int nthreads(void) { return 1; }
#endif

/* ------------------------------------------------------------------ AVX2 terms */
// Term on 4 (8) lanes: acc = max(acc, num / c11) where all four costs are non-zero.
#define TERMS(V, PFX, SFX)                                                                          \
  static inline V term_##SFX(V c00, V c01, V c10, V c11, V acc) {                                   \
    const V z = PFX##_setzero_##SFX(), sgn = PFX##_set1_##SFX(-0.0);                                 \
    V ok = PFX##_and_##SFX(PFX##_and_##SFX(PFX##_cmp_##SFX(c00, z, _CMP_NEQ_UQ), PFX##_cmp_##SFX(c01, z, _CMP_NEQ_UQ)), \
                           PFX##_and_##SFX(PFX##_cmp_##SFX(c10, z, _CMP_NEQ_UQ), PFX##_cmp_##SFX(c11, z, _CMP_NEQ_UQ))); \
    V num = PFX##_andnot_##SFX(sgn, PFX##_add_##SFX(PFX##_sub_##SFX(PFX##_sub_##SFX(c11, c01), c10), c00)); \
    return PFX##_blendv_##SFX(acc, PFX##_max_##SFX(acc, PFX##_div_##SFX(num, c11)), ok);           \
  }                                                                                                 \
  static inline V termnc_##SFX(V c00, V c01, V c10, V c11, V acc) {                                 \
    const V sgn = PFX##_set1_##SFX(-0.0);                                                           \
    V num = PFX##_andnot_##SFX(sgn, PFX##_add_##SFX(PFX##_sub_##SFX(PFX##_sub_##SFX(c11, c01), c10), c00)); \
    return PFX##_max_##SFX(acc, PFX##_div_##SFX(num, c11));                                         \
  }                                                                                                 \
  /* num/c11 > acc (real) <=> fma(acc, c11, -num) < 0 (one rounding keeps the sign); when it     */ \
  /* fails, fl(num/c11) <= acc too, so skipping the division cannot lose the maximum: exact.     */ \
  static inline V termcmp_##SFX(V c00, V c01, V c10, V c11, V acc) {                                \
    const V z = PFX##_setzero_##SFX(), sgn = PFX##_set1_##SFX(-0.0);                                 \
    V num = PFX##_andnot_##SFX(sgn, PFX##_add_##SFX(PFX##_sub_##SFX(PFX##_sub_##SFX(c11, c01), c10), c00)); \
    V up = PFX##_cmp_##SFX(PFX##_fmsub_##SFX(acc, c11, num), z, _CMP_LT_OQ);                         \
    if (__builtin_expect(!PFX##_testz_##SFX(up, up), 0)) acc = term_##SFX(c00, c01, c10, c11, acc); \
    return acc;                                                                                     \
  }
TERMS(__m256d, _mm256, pd)
TERMS(__m256, _mm256, ps)

static inline double hmax_pd(__m256d v) {
  __m128d m = _mm_max_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
  return fmax(_mm_cvtsd_f64(m), _mm_cvtsd_f64(_mm_unpackhi_pd(m, m)));
}
static inline double hmax_ps(__m256 v) {
  float t[8]; _mm256_storeu_ps(t, v); float m = t[0];
  for (int i = 1; i < 8; i++) m = t[i] > m ? t[i] : m;
  return m;
}

// One pair (a<b) over a contiguous table of 2^k doubles (k >= 4). Returns max(init, terms).
#define DEFINE_PAIRD(NAME, TERM)                                                                    \
  static double NAME(const double *c, int k, int a, int b, double init) {                           \
    __m256d acc = _mm256_set1_pd(init);                                                             \
    const uint64_t nv = 1ull << (k - 2);                                                            \
    const size_t A = 1ull << a, B = 1ull << b;                                                      \
    if (a >= 2) { /* vertical: 4 aligned vectors per 4 terms */                                     \
      const uint64_t fr = (nv - 1) & ~((1ull << (a - 2)) | (1ull << (b - 2)));                      \
      for (uint64_t t = 0; t < nv / 4; t++) {                                                       \
        const double *p = c + (_pdep_u64(t, fr) << 2);                                              \
        acc = TERM(_mm256_load_pd(p), _mm256_load_pd(p + A), _mm256_load_pd(p + B),                \
                   _mm256_load_pd(p + A + B), acc);                                                 \
      }                                                                                             \
    } else if (b >= 2) { /* a is a lane bit: pack the 2 useful lanes of 2 vectors */                \
      const uint64_t fr = (nv - 1) & ~(1ull << (b - 2));                                            \
      for (uint64_t t = 0; t < nv / 2; t += 2) {                                                    \
        const double *p = c + (_pdep_u64(t, fr) << 2), *q = c + (_pdep_u64(t + 1, fr) << 2);       \
        __m256d v0 = _mm256_load_pd(p), w0 = _mm256_load_pd(q);                                     \
        __m256d v1 = _mm256_load_pd(p + B), w1 = _mm256_load_pd(q + B);                             \
        if (A == 1) acc = TERM(_mm256_unpacklo_pd(v0, w0), _mm256_unpackhi_pd(v0, w0),              \
                               _mm256_unpacklo_pd(v1, w1), _mm256_unpackhi_pd(v1, w1), acc);        \
        else acc = TERM(_mm256_permute2f128_pd(v0, w0, 0x20), _mm256_permute2f128_pd(v0, w0, 0x31), \
                        _mm256_permute2f128_pd(v1, w1, 0x20), _mm256_permute2f128_pd(v1, w1, 0x31), acc); \
      }                                                                                             \
    } else { /* a=0, b=1: one term per vector, transpose 4 vectors */                                \
      for (uint64_t t = 0; t < nv; t += 4) {                                                        \
        const double *p = c + (t << 2);                                                             \
        __m256d v0 = _mm256_load_pd(p), v1 = _mm256_load_pd(p + 4);                                 \
        __m256d v2 = _mm256_load_pd(p + 8), v3 = _mm256_load_pd(p + 12);                            \
        __m256d t0 = _mm256_unpacklo_pd(v0, v1), t1 = _mm256_unpackhi_pd(v0, v1);                   \
        __m256d t2 = _mm256_unpacklo_pd(v2, v3), t3 = _mm256_unpackhi_pd(v2, v3);                   \
        acc = TERM(_mm256_permute2f128_pd(t0, t2, 0x20), _mm256_permute2f128_pd(t1, t3, 0x20),     \
                   _mm256_permute2f128_pd(t0, t2, 0x31), _mm256_permute2f128_pd(t1, t3, 0x31), acc); \
      }                                                                                             \
    }                                                                                               \
    return hmax_pd(acc); /* the driver clips once: max of min(d,1) == min(max d, 1) */               \
  }
DEFINE_PAIRD(paird, term_pd)
DEFINE_PAIRD(pairdnc, termnc_pd)
DEFINE_PAIRD(pairdcmp, termcmp_pd)

// One pair over a contiguous table of 2^k floats (k >= 5). Lane-bit pairs are packed with
// permutevar8x32 (useful lanes to the low half, partners to the high half) and 128-bit swaps.
#define DEFINE_PAIRF(NAME, TERM)                                                                    \
  static double NAME(const float *c, int k, int a, int b, double init) {                            \
    __m256 acc = _mm256_set1_ps((float)init);                                                       \
    const uint64_t nv = 1ull << (k - 3);                                                            \
    const size_t A = 1ull << a, B = 1ull << b;                                                      \
    if (a >= 3) {                                                                                   \
      const uint64_t fr = (nv - 1) & ~((1ull << (a - 3)) | (1ull << (b - 3)));                      \
      for (uint64_t t = 0; t < nv / 4; t++) {                                                       \
        const float *p = c + (_pdep_u64(t, fr) << 3);                                               \
        acc = TERM(_mm256_load_ps(p), _mm256_load_ps(p + A), _mm256_load_ps(p + B),                \
                   _mm256_load_ps(p + A + B), acc);                                                 \
      }                                                                                             \
    } else if (b >= 3) {                                                                            \
      int lc[4], j = 0;                                                                             \
      for (int i = 0; i < 8; i++) if (!(i & A)) lc[j++] = i;                                        \
      const __m256i ix = _mm256_setr_epi32(lc[0], lc[1], lc[2], lc[3], lc[0] | (int)A, lc[1] | (int)A, lc[2] | (int)A, lc[3] | (int)A); \
      const uint64_t fr = (nv - 1) & ~(1ull << (b - 3));                                            \
      for (uint64_t t = 0; t < nv / 2; t += 2) {                                                    \
        const float *p = c + (_pdep_u64(t, fr) << 3), *q = c + (_pdep_u64(t + 1, fr) << 3);        \
        __m256 v0 = _mm256_permutevar8x32_ps(_mm256_load_ps(p), ix), w0 = _mm256_permutevar8x32_ps(_mm256_load_ps(q), ix); \
        __m256 v1 = _mm256_permutevar8x32_ps(_mm256_load_ps(p + B), ix), w1 = _mm256_permutevar8x32_ps(_mm256_load_ps(q + B), ix); \
        acc = TERM(_mm256_permute2f128_ps(v0, w0, 0x20), _mm256_permute2f128_ps(v0, w0, 0x31),     \
                   _mm256_permute2f128_ps(v1, w1, 0x20), _mm256_permute2f128_ps(v1, w1, 0x31), acc); \
      }                                                                                             \
    } else { /* both lane bits: 2 terms per vector; 64-bit pairs (c00,c01,c10,c11), transpose */    \
      int lc[2], j = 0;                                                                             \
      for (int i = 0; i < 8; i++) if (!(i & A) && !(i & B)) lc[j++] = i;                            \
      const int a_ = (int)A, b_ = (int)B;                                                           \
      const __m256i ix = _mm256_setr_epi32(lc[0], lc[1], lc[0] | a_, lc[1] | a_, lc[0] | b_, lc[1] | b_, lc[0] | a_ | b_, lc[1] | a_ | b_); \
      for (uint64_t t = 0; t < nv; t += 4) {                                                        \
        const float *p = c + (t << 3);                                                              \
        __m256d v0 = _mm256_castps_pd(_mm256_permutevar8x32_ps(_mm256_load_ps(p), ix));             \
        __m256d v1 = _mm256_castps_pd(_mm256_permutevar8x32_ps(_mm256_load_ps(p + 8), ix));         \
        __m256d v2 = _mm256_castps_pd(_mm256_permutevar8x32_ps(_mm256_load_ps(p + 16), ix));        \
        __m256d v3 = _mm256_castps_pd(_mm256_permutevar8x32_ps(_mm256_load_ps(p + 24), ix));        \
        __m256d t0 = _mm256_unpacklo_pd(v0, v1), t1 = _mm256_unpackhi_pd(v0, v1);                   \
        __m256d t2 = _mm256_unpacklo_pd(v2, v3), t3 = _mm256_unpackhi_pd(v2, v3);                   \
        acc = TERM(_mm256_castpd_ps(_mm256_permute2f128_pd(t0, t2, 0x20)),                          \
                   _mm256_castpd_ps(_mm256_permute2f128_pd(t1, t3, 0x20)),                          \
                   _mm256_castpd_ps(_mm256_permute2f128_pd(t0, t2, 0x31)),                          \
                   _mm256_castpd_ps(_mm256_permute2f128_pd(t1, t3, 0x31)), acc);                    \
      }                                                                                             \
    }                                                                                               \
    return (double)hmax_ps(acc);                                                                    \
  }
DEFINE_PAIRF(pairf, term_ps)
DEFINE_PAIRF(pairfcmp, termcmp_ps)

typedef double (*pairfn_d)(const double *, int, int, int, double);
typedef double (*pairfn_f)(const float *, int, int, int, double);

// min(d, 1) once per pair at the end (pairs never evaluated stay -1), unless NOCLIP.
static void clip_out(double *out) {
  if (noclip()) return;
  for (int i = 0; i < MAXN * MAXN; i++) if (out[i] > 1.0) out[i] = 1.0;
}

/* ------------------------------------------------------------------ drivers (as chem.c) */
static void k_pairmajor(const void *c, int n, double *out, pairfn_d fd, pairfn_f ff) {
  for (int i = 0; i < MAXN * MAXN; i++) out[i] = -1.0;
#pragma omp parallel for schedule(dynamic, 1) collapse(2)
  for (int a = 0; a < n; a++)
    for (int b = 0; b < n; b++) {
      if (b <= a) continue;
      out[IDX(a, b)] = fd ? fd((const double *)c, n, a, b, -1.0) : ff((const float *)c, n, a, b, -1.0);
    }
  clip_out(out);
}

// Bits = L (low l bits) + groups G_0..G_{g-1} of the remaining n-l bits. Pass (i,j), i<j: sub-cube
// bits K = L+G_i+G_j; it owns pairs G_i x G_j, and pass (i, i+1) (pass (g-2, g-1) for the last
// group) also owns pairs inside G_i and L x G_i; pass (0,1) owns pairs inside L.
typedef struct { int nk, kb[MAXN], np, pa[MAXN * MAXN], pb[MAXN * MAXN], oa[MAXN * MAXN], ob[MAXN * MAXN]; } pass_t;

static int build_passes(int n, int l, int h, pass_t *ps) {
  int m = n - l, g = (m + h - 1) / h;
  if (g < 2) g = 2;
  int gs[MAXN], gb[MAXN], pos = l, grp[MAXN], np = 0;
  for (int i = 0; i < g; i++) { gs[i] = m / g + (i < m % g); gb[i] = pos; pos += gs[i]; }
  for (int x = 0; x < n; x++) grp[x] = -1;
  for (int q = 0; q < g; q++) for (int x = 0; x < gs[q]; x++) grp[gb[q] + x] = q;
  for (int i = 0; i < g; i++)
    for (int j = i + 1; j < g; j++) {
      pass_t *P = &ps[np++];
      P->nk = 0; P->np = 0;
      int inK[MAXN] = {0}, map[MAXN];
      for (int x = 0; x < l; x++) inK[x] = 1;
      for (int x = 0; x < gs[i]; x++) inK[gb[i] + x] = 1;
      for (int x = 0; x < gs[j]; x++) inK[gb[j] + x] = 1;
      for (int x = 0; x < n; x++) if (inK[x]) { map[x] = P->nk; P->kb[P->nk++] = x; }
      for (int a = 0; a < n; a++)
        for (int b = a + 1; b < n; b++) {
          if (!inK[a] || !inK[b]) continue;
          int ga = grp[a], gbb = grp[b], own = 0;
          if (ga == i && gbb == j) own = 1;
          if (j == i + 1 && (ga == -1 || ga == i) && gbb == i) own = 1;
          if (i == g - 2 && j == g - 1 && (ga == -1 || ga == j) && gbb == j) own = 1;
          if (i == 0 && j == 1 && ga == -1 && gbb == -1) own = 1;
          if (own) { P->pa[P->np] = map[a]; P->pb[P->np] = map[b]; P->oa[P->np] = a; P->ob[P->np] = b; P->np++; }
        }
    }
  return np;
}

static void k_blocked(const void *cv, int n, double *out, pairfn_d fd, pairfn_f ff, int esz) {
  for (int i = 0; i < MAXN * MAXN; i++) out[i] = -1.0;
  int l = env_int("BLK_L", 6), h = env_int("BLK_H", 5), single = env_int("BLK_SINGLE", esz == 8 ? 16 : 17);
  if (n <= single) { k_pairmajor(cv, n, out, fd, ff); return; }
  static pass_t ps[64];
  int npass = build_passes(n, l, h, ps);
  const char *c = (const char *)cv;
  for (int pi = 0; pi < npass; pi++) {
    pass_t *P = &ps[pi];
    uint64_t Kmask = 0;
    for (int x = 0; x < P->nk; x++) Kmask |= 1ull << P->kb[x];
    uint64_t Omask = ((1ull << n) - 1) & ~Kmask, nsub = 1ull << (n - P->nk), nch = 1ull << (P->nk - l);
    size_t chunk = (size_t)esz << l;
#pragma omp parallel
    {
      char *buf = aligned_alloc(64, (size_t)esz << P->nk);
      double loc[MAXN * MAXN];
      for (int p = 0; p < P->np; p++) loc[p] = -1.0;
#pragma omp for schedule(dynamic, 1)
      for (uint64_t s = 0; s < nsub; s++) {
        uint64_t base = _pdep_u64(s, Omask);
        for (uint64_t jc = 0; jc < nch; jc++)
          memcpy(buf + jc * chunk, c + (size_t)(base | _pdep_u64(jc << l, Kmask)) * esz, chunk);
        for (int p = 0; p < P->np; p++) {
          double v = fd ? fd((const double *)buf, P->nk, P->pa[p], P->pb[p], loc[p]) : ff((const float *)buf, P->nk, P->pa[p], P->pb[p], loc[p]);
          if (v > loc[p]) loc[p] = v;
        }
      }
#pragma omp critical
      for (int p = 0; p < P->np; p++) if (loc[p] > out[IDX(P->oa[p], P->ob[p])]) out[IDX(P->oa[p], P->ob[p])] = loc[p];
      free(buf);
    }
  }
  clip_out(out);
}
/* ------------------------------------------------------------------ main */

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: %s variant n [reps]\n", argv[0]); return 2; }
  const char *v = argv[1];
  int n = atoi(argv[2]), reps = argc > 3 ? atoi(argv[3]) : 3;
  size_t N = 1ull << n;
  int isf = strstr(v, "L2f") != NULL;
  double *c = make_table(n);  // COSTS, ZERO_PERMILLE: yardstick.h
  float *cf = isf ? aligned_alloc(64, N * 4) : NULL;
  if (isf) { for (size_t i = 0; i < N; i++) cf[i] = (float)c[i]; free(c); c = NULL; }
  double out[MAXN * MAXN], tw[64], tc[64], tu[64];
  if (reps > 60) reps = 60;
  // Timing. Each sample = `batch` back-to-back runs (batch sized so a sample lasts >= 0.2 s), wall
  // time (CLOCK_MONOTONIC) and process CPU time (CLOCK_PROCESS_CPUTIME_ID) are both recorded: other
  // sessions may share these 2 cores, and then CPU time / threads is the robust figure (it is what
  // the run would take with the cores to itself, barring cache pollution and load imbalance).
  int batch = 1;
  for (int r = n >= 24 ? 0 : -1; r < reps; r++) {  // n >= 24: runs take > 0.2 s, no warm-up run needed
    double t0 = now(), u0 = cpunow();
    for (int bi = 0; bi < (r < 0 ? 1 : batch); bi++) {
      if (!strcmp(v, "naive")) k_naive(c, n, out);
      else if (!strcmp(v, "blkL2")) k_blocked(c, n, out, paird, NULL, 8);
      else if (!strcmp(v, "blkL2cmp")) k_blocked(c, n, out, pairdcmp, NULL, 8);
      else if (!strcmp(v, "nocheck")) k_blocked(c, n, out, pairdnc, NULL, 8);
      else if (!strcmp(v, "blkL2f")) k_blocked(cf, n, out, NULL, pairf, 4);
      else if (!strcmp(v, "blkL2fcmp")) k_blocked(cf, n, out, NULL, pairfcmp, 4);
      else { fprintf(stderr, "unknown variant %s\n", v); return 2; }
    }
    double dw = now() - t0, dc = cpunow() - u0;
    if (r < 0) {  // warm-up run (also builds the blocking plan); size the batch from it
      batch = dc / nthreads() < 0.2 ? (int)(0.2 / (dc / nthreads() + 1e-9)) + 1 : 1;
      if (batch > 100000) batch = 100000;
      continue;
    }
    tw[r] = dw / batch; tc[r] = dc / nthreads() / batch; tu[r] = dc / (dw * nthreads());
  }
  double utilmed[64]; memcpy(utilmed, tu, sizeof(double) * reps);
  qsort(tw, reps, sizeof(double), cmpd); qsort(tc, reps, sizeof(double), cmpd); qsort(utilmed, reps, sizeof(double), cmpd);
  double med = tc[reps / 2], medw = tw[reps / 2], umed = utilmed[reps / 2];
  double terms = (double)n * (n - 1) / 2 * (double)(N / 4);
  char chk[64];
  check_ref(out, n, v, chk, sizeof chk);  // against the naive loop's matrix (yardstick.h)
  double maxchem = 0; for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) if (out[IDX(a, b)] > maxchem) maxchem = out[IDX(a, b)];
  double gbs = terms * (isf ? 16.0 : 32.0) / med / 1e9;
  printf("RESULT %s n=%d threads=%d cpu_s=%.6g wall_s=%.6g terms_per_s=%.3e wall_terms_per_s=%.3e eff_GBps=%.1f check=%s maxchem=%.6f util=%.2f%s batch=%d cpu_runs=",
         v, n, nthreads(), med, medw, terms / med, terms / medw, gbs, chk, maxchem, umed, umed < 0.9 ? "(contended)" : "", batch);
  for (int r = 0; r < reps; r++) printf("%s%.6g", r ? "," : "", tc[r]);
  printf("\n");
  return 0;
}
