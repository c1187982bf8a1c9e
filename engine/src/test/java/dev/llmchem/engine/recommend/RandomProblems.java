package dev.llmchem.engine.recommend;

import java.util.Random;

/**
 * Random RECOMMEND inputs for differential tests. "Dyadic" matrices hold multiples of 1/8 in
 * [0, 1], so every sum the kernels form is exact in double arithmetic and a fast kernel must
 * agree with its naive twin bit for bit, including every tie-break; "real" matrices hold
 * arbitrary doubles and are compared with a tolerance.
 */
final class RandomProblems {
  private RandomProblems() { }

  static String[] names(int n) {
    String[] s = new String[n];
    for (int i = 0; i < n; i++) {
      s[i] = String.format("m%02d", i);
    }
    return s;
  }

  /** Symmetric chemistry; {@code zeroShare} of the pairs are 0. */
  static double[] chem(Random rnd, int n, boolean dyadic, double zeroShare) {
    double[] c = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = rnd.nextDouble() < zeroShare ? 0.0
            : dyadic ? rnd.nextInt(9) / 8.0 : rnd.nextDouble();
        c[i * n + j] = v;
        c[j * n + i] = v;
      }
    }
    return c;
  }

  /** 0..maxConfigs random configurations of random sizes (may repeat, may be small). */
  static long[] xq(Random rnd, int n, int maxConfigs) {
    int k = rnd.nextInt(maxConfigs + 1);
    long[] x = new long[k];
    for (int i = 0; i < k; i++) {
      long m = 0;
      int size = 1 + rnd.nextInt(Math.max(1, n));
      for (int j = 0; j < size; j++) {
        m |= 1L << rnd.nextInt(n);
      }
      x[i] = m;
    }
    return x;
  }

  static RecommendProblem problem(Random rnd, int n, boolean dyadic) {
    double zeroShare = new double[] {0.0, 0.3, 0.7, 1.0}[rnd.nextInt(4)];
    double[] a = new double[n];
    double[] q = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = rnd.nextInt(11) / 10.0;
      q[i] = rnd.nextInt(11);
    }
    return RecommendProblem.of(names(n), chem(rnd, n, dyadic, zeroShare), true,
        xq(rnd, n, 6), a, q);
  }

  /** Dyadic parameters (exact products), minSize 1..3, iters 0..12. */
  static RecommendParams params(Random rnd) {
    double[] alphas = {0.5, 0.25, 0.75, 0.0, 1.0};
    double[] betas = {0.5, 0.25, 0.0, 1.0};
    return new RecommendParams(alphas[rnd.nextInt(alphas.length)],
        betas[rnd.nextInt(betas.length)], rnd.nextInt(13), 1 + rnd.nextInt(3));
  }

  static long seed() {
    long seed = System.nanoTime();
    String fixed = System.getProperty("llmchem.seed");
    if (fixed != null) {
      seed = Long.parseLong(fixed);
    }
    System.out.println("seed=" + seed + " (rerun with -Dllmchem.seed=" + seed + ")");
    return seed;
  }
}
