package dev.llmchem.engine.interaction;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;

/**
 * The oracle, written from the definition: for every pair i &lt; j of the n = log2(table
 * length) players and every context X ⊆ U \ {i, j} (in increasing mask order), add
 * weight(|X|) * (v(X+i+j) - v(X+i) - v(X+j) + v(X)). O(n^2 2^(n-2)) table reads, one thread,
 * no allocation beyond the result. Thread-safe; the table is only read.
 */
public final class NaiveInteraction {
  /** Largest n accepted (about 2^30 second differences). */
  public static final int MAX_N = 24;

  private NaiveInteraction() { }

  /** The n x n matrix (row-major, bit order, diagonal 0) of {@code index} over {@code v}. */
  public static double[] compute(double[] v, InteractionIndex index) {
    return compute(v, index, ProgressListener.NONE);
  }

  /** As above; polls {@code progress.cancelled()} once per pair. */
  public static double[] compute(double[] v, InteractionIndex index, ProgressListener progress) {
    int n = Tables.players(v);
    if (n > MAX_N) {
      throw new IllegalArgumentException("the naive interaction index takes n <= " + MAX_N
          + " players, got " + n);
    }
    double[] w = index.contextWeights(n);
    double[] out = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (progress.cancelled()) {
          throw new CancelledException("naive " + index.label() + " interaction over n = " + n,
              (double) (i * n + j) / (n * n));
        }
        int bi = 1 << i;
        int bj = 1 << j;
        double sum = 0.0;
        for (int x = 0; x < v.length; x++) {
          if ((x & (bi | bj)) != 0) {
            continue;
          }
          double d = v[x | bi | bj] - v[x | bi] - v[x | bj] + v[x];
          sum += w[Integer.bitCount(x)] * d;
        }
        out[i * n + j] = sum;
        out[j * n + i] = sum;
      }
    }
    return out;
  }
}
