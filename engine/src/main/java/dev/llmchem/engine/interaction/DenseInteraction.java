package dev.llmchem.engine.interaction;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * All pairs of an interaction index in one read of the table, O(2^n) work and no copy of it
 * (package documentation: "the direct kernel"). With k = |Y| and a, b = [i ∈ Y], [j ∈ Y],
 * the definition regroups as I(i, j) = sum over all Y of v(Y) (ab alpha(k) - (a + b) beta(k)
 * + w(k)), alpha(k) = w(k-2) + 2 w(k-1) + w(k), beta(k) = w(k-1) + w(k), w the context
 * weights (0 outside 0..n-2); so I(i, j) = M2(i, j) - M1(i) - M1(j) + M0 with
 * M2(i, j) = sum of alpha v over Y ∋ i, j, M1(i) = sum of beta v over Y ∋ i, M0 = sum of w v.
 *
 * <p>Layout. A cell's mask is (h, l): L low bits l inside a block of 2^L contiguous cells,
 * the high bits h number the block. Per block x (weights by |h| + |l| from tables Av, Bv):
 * G[|h|] += x collects low-only sums for the end of the chunk; Bv·x is M1 of every high
 * member; y = Av∘x is folded in halves (bit L-1 down to 0): the upper half's sum is
 * f(b) = sum of y over l ∋ b (M2 of a low b with every high member), the halves add, and the
 * last cell is the whole alpha sum (M2 of every high pair). Each loop over a block is a
 * contiguous branch-free run (C2 vectorises the element-wise ones; sums use four
 * accumulators). At the end of a chunk G gives M0, M1 of low members and M2 of low pairs.
 *
 * <p>Determinism. The blocks are cut into chunks by n alone, whatever the worker count;
 * each chunk sums into its own partials, which are added in chunk order at the end, so the
 * result is bit-identical for any number of threads. Workers take chunks from a shared counter
 * and poll for cancellation per chunk. Memory per worker: (H+2) 2^L doubles (L = 10: 150 KiB
 * at n = 26), plus C(n,2)-sized partials per chunk. Thread-safe; the table is only read.
 */
public final class DenseInteraction {
  /** Low bits per block by default (2^10 cells: a block and its weight rows stay in L1/L2). */
  static final int LOW_BITS = 10;
  /**
   * At most this many chunks of blocks, each of at least {@link #MIN_CHUNK_BLOCKS} blocks (the
   * cut depends on n only, so the summation order does not depend on the workers).
   */
  static final int CHUNKS = 128;
  /** Blocks per chunk at least: the chunk's low-only sums cost about 60 operations per cell
   * of one block, so 64 blocks keep them near 1 per cent of the work. */
  static final int MIN_CHUNK_BLOCKS = 64;

  private DenseInteraction() { }

  /** On the calling thread. */
  public static double[] sequential(double[] v, InteractionIndex index) {
    return compute(v, index, null, ProgressListener.NONE, LOW_BITS);
  }

  /**
   * With {@code pool.getParallelism()} workers (the calling thread one of them; a null pool:
   * the calling thread alone); progress in blocks.
   */
  public static double[] parallel(double[] v, InteractionIndex index, ForkJoinPool pool,
      ProgressListener progress) {
    return compute(v, index, pool, progress, LOW_BITS);
  }

  /** The n x n matrix (row-major, bit order, diagonal 0); {@code lowBits} sets the block size. */
  static double[] compute(double[] v, InteractionIndex index, ForkJoinPool pool,
      ProgressListener progress, int lowBits) {
    int n = Tables.players(v);
    double[] out = new double[n * n];
    if (n < 2) {
      return out;
    }
    int low = Math.min(n, lowBits);
    int high = n - low;
    double[] w = new double[n + 1]; // w(k), 0 beyond n - 2
    System.arraycopy(index.contextWeights(n), 0, w, 0, n - 1);
    double[][] weights = weightRows(w, low, high); // Av, Bv, Wv: [kh][l]
    int blocks = 1 << high;
    int chunks = Math.max(1, Math.min(blocks / MIN_CHUNK_BLOCKS, CHUNKS));
    int per = blocks / chunks;
    double[][] partial = new double[chunks][];
    AtomicInteger next = new AtomicInteger();
    String work = index.label() + " interaction over n = " + n;
    progress.start(work, blocks);
    boolean cancelled = Workers.run(Workers.of(pool), pool, progress, (t, stop) -> {
      Scratch s = new Scratch(n, low, high);
      for (int c; (c = next.getAndIncrement()) < chunks; ) {
        if (stop.poll()) {
          return;
        }
        partial[c] = s.chunk(v, weights, c * per, (c + 1) * per);
        progress.advance(per);
      }
    });
    if (cancelled) {
      int done = 0;
      for (double[] p : partial) {
        done += p == null ? 0 : 1;
      }
      throw new CancelledException(work, (double) done / chunks);
    }
    progress.finish();
    double[] sum = new double[n * n + n + 1]; // M2 (upper triangle), M1, M0
    for (double[] p : partial) {
      for (int k = 0; k < sum.length; k++) {
        sum[k] += p[k];
      }
    }
    double m0 = sum[n * n + n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double x = sum[i * n + j] - sum[n * n + i] - sum[n * n + j] + m0;
        out[i * n + j] = x;
        out[j * n + i] = x;
      }
    }
    return out;
  }

  /** Rows by high popcount kh: alpha, beta and w of kh + |l| for every low mask l. */
  private static double[][] weightRows(double[] w, int low, int high) {
    int cells = 1 << low;
    double[][] r = new double[3][(high + 1) * cells];
    for (int kh = 0; kh <= high; kh++) {
      for (int l = 0; l < cells; l++) {
        int k = kh + Integer.bitCount(l);
        double w0 = w[k];
        double w1 = k >= 1 ? w[k - 1] : 0.0;
        double w2 = k >= 2 ? w[k - 2] : 0.0;
        r[0][kh * cells + l] = w2 + 2 * w1 + w0;
        r[1][kh * cells + l] = w1 + w0;
        r[2][kh * cells + l] = w0;
      }
    }
    return r;
  }

  /** One worker's buffers, reused across its chunks. */
  private static final class Scratch {
    private final int n;
    private final int low;
    private final int high;
    private final int cells;
    private final double[] g;
    private final double[] y;
    private final double[] f;

    Scratch(int n, int low, int high) {
      this.n = n;
      this.low = low;
      this.high = high;
      this.cells = 1 << low;
      this.g = new double[(high + 1) * cells];
      this.y = new double[cells];
      this.f = new double[low];
    }

    /** Partials of blocks [from, to): M2 upper triangle (n*n), M1 (n), M0 (1). */
    double[] chunk(double[] v, double[][] weights, int from, int to) {
      double[] av = weights[0];
      double[] bv = weights[1];
      double[] p = new double[n * n + n + 1];
      java.util.Arrays.fill(g, 0.0);
      for (int h = from; h < to; h++) {
        int kh = Integer.bitCount(h);
        int base = h << low;
        int row = kh * cells;
        for (int l = 0; l < cells; l++) {
          g[row + l] += v[base + l];
        }
        double eb = dot(bv, row, v, base, cells);
        for (int l = 0; l < cells; l++) {
          y[l] = av[row + l] * v[base + l];
        }
        for (int b = low - 1; b >= 0; b--) {
          int half = 1 << b;
          f[b] = sum(y, half, half);
          for (int l = 0; l < half; l++) {
            y[l] += y[half + l];
          }
        }
        double ea = y[0];
        for (int hm = h; hm != 0; hm &= hm - 1) {
          int j = low + Integer.numberOfTrailingZeros(hm);
          p[n * n + j] += eb;
          for (int hi = hm & (hm - 1); hi != 0; hi &= hi - 1) {
            p[j * n + low + Integer.numberOfTrailingZeros(hi)] += ea;
          }
          for (int i = 0; i < low; i++) {
            p[i * n + j] += f[i];
          }
        }
      }
      lowSums(weights, p);
      return p;
    }

    /** M0, M1 of low members and M2 of low pairs from G. */
    private void lowSums(double[][] weights, double[] p) {
      for (int l = 0; l < cells; l++) {
        double d2 = 0.0;
        double d1 = 0.0;
        double d0 = 0.0;
        for (int kh = 0; kh <= high; kh++) {
          double x = g[kh * cells + l];
          d2 += weights[0][kh * cells + l] * x;
          d1 += weights[1][kh * cells + l] * x;
          d0 += weights[2][kh * cells + l] * x;
        }
        p[n * n + n] += d0;
        for (int lm = l; lm != 0; lm &= lm - 1) {
          int i = Integer.numberOfTrailingZeros(lm);
          p[n * n + i] += d1;
          for (int lj = lm & (lm - 1); lj != 0; lj &= lj - 1) {
            p[i * n + Integer.numberOfTrailingZeros(lj)] += d2;
          }
        }
      }
    }
  }

  /** Sum of a[from .. from+len) with four accumulators (len a power of two). */
  private static double sum(double[] a, int from, int len) {
    if (len < 4) {
      double s = 0.0;
      for (int k = 0; k < len; k++) {
        s += a[from + k];
      }
      return s;
    }
    double s0 = 0.0;
    double s1 = 0.0;
    double s2 = 0.0;
    double s3 = 0.0;
    for (int k = from; k < from + len; k += 4) {
      s0 += a[k];
      s1 += a[k + 1];
      s2 += a[k + 2];
      s3 += a[k + 3];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Sum of a[ao + k] * b[bo + k] over k &lt; len with four accumulators (len a power of two). */
  private static double dot(double[] a, int ao, double[] b, int bo, int len) {
    if (len < 4) {
      double s = 0.0;
      for (int k = 0; k < len; k++) {
        s += a[ao + k] * b[bo + k];
      }
      return s;
    }
    double s0 = 0.0;
    double s1 = 0.0;
    double s2 = 0.0;
    double s3 = 0.0;
    for (int k = 0; k < len; k += 4) {
      s0 += a[ao + k] * b[bo + k];
      s1 += a[ao + k + 1] * b[bo + k + 1];
      s2 += a[ao + k + 2] * b[bo + k + 2];
      s3 += a[ao + k + 3] * b[bo + k + 3];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
