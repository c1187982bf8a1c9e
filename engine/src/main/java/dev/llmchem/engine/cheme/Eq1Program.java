package dev.llmchem.engine.cheme;

import dev.llmchem.engine.cost.CostKernel;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The inner programme of exact CHEME for the Eq. 1 cost (notes/cheme-eq1-exact.md): for a pair
 * of rank positions i &lt; j, a sign sigma = +-1 and lambda &gt;= 0, the maximum over
 * X ⊆ U \ {i, j} holding at least one member of positive penalty of
 * {@code sigma * Delta(X) - lambda * cost(X+i+j)}, as a dynamic programme over positions
 * 0..n-1 with state (k = members of X chosen so far, z = a positive member chosen). A member's
 * contribution depends only on its position region (before i, between, after j) and on k, so
 * one pass costs O(n^2) and records its decisions for the witness.
 *
 * <p>Arithmetic: contributions are {@code p_m * g[k]} with per-call coefficient rows
 * {@code g}; values are exact reals up to rounding (~1e-16 relative). The Dinkelbach loop
 * around it ({@link Eq1Pair}) re-prices every candidate X with {@link CostKernel#eq1}.
 *
 * <p>Allocation: none; all arrays live in a per-thread {@link Workspace} (about
 * 2 n^2 bytes of decisions plus O(n) doubles). Not thread-safe per workspace.
 */
final class Eq1Program {
  private static final double NEG = Double.NEGATIVE_INFINITY;
  private static final byte SKIP = 0;
  private static final byte FROM0 = 1;
  private static final byte FROM1 = 2;

  private Eq1Program() { }

  /** Per-thread scratch for one |U| = n; reused across pairs and calls. */
  static final class Workspace {
    final int n;
    final double[] f0;
    final double[] f1;
    final byte[] d0;
    final byte[] d1;
    final double[] gBefore;
    final double[] gBetween;
    final double[] gAfter;
    final double[] inv;
    final double[] w2;
    final double[] w3;
    /** The programme's argmax X (rank positions), then the current candidate. */
    final boolean[] in;
    /** The best witness of the pair being solved. */
    final boolean[] best;
    final Member member;

    Workspace(int n) {
      this.n = n;
      f0 = new double[n + 2];
      f1 = new double[n + 2];
      d0 = new byte[n * (n + 2)];
      d1 = new byte[n * (n + 2)];
      gBefore = new double[n + 1];
      gBetween = new double[n + 1];
      gAfter = new double[n + 1];
      inv = new double[n + 4];
      w2 = new double[n + 1];
      w3 = new double[n + 1];
      for (int k = 1; k < inv.length; k++) {
        inv[k] = 1.0 / k;
      }
      for (int k = 0; k <= n; k++) {
        w2[k] = 1.0 / ((k + 1.0) * (k + 2.0));
        w3[k] = 2.0 / ((k + 1.0) * (k + 2.0) * (k + 3.0));
      }
      in = new boolean[n];
      best = new boolean[n];
      member = new Member(in);
    }
  }

  /** Membership of {@link Workspace#in} plus up to two extra positions (-1 = none). */
  static final class Member implements IntPredicate {
    private final boolean[] set;
    int extra1 = -1;
    int extra2 = -1;

    Member(boolean[] set) {
      this.set = set;
    }

    @Override
    public boolean test(int k) {
      return set[k] || k == extra1 || k == extra2;
    }
  }

  /** Eq. 1 cost of {@code w.in} plus positions x1, x2 (-1 = none), as {@link CostKernel#eq1}. */
  static double cost(double[] p, Workspace w, int x1, int x2) {
    w.member.extra1 = x1;
    w.member.extra2 = x2;
    return CostKernel.eq1(p, w.member);
  }

  /**
   * max over X (non-empty, with a positive-penalty member, i, j ∉ X) of
   * {@code sigma * Delta(X) - lambda * cost(X+i+j)}; leaves the argmax (fewest members on
   * ties of a step) in {@code w.in}. Returns -infinity when no such X exists.
   *
   * @param p penalties in rank order, finite and &gt;= 0
   */
  static double maximise(double[] p, int i, int j, double sigma, double lambda, Workspace w) {
    final int n = p.length;
    final int stride = n + 2;
    final double[] f0 = w.f0;
    final double[] f1 = w.f1;
    final byte[] d0 = w.d0;
    final byte[] d1 = w.d1;
    final double[] gb = w.gBefore;
    final double[] gm = w.gBetween;
    final double[] ga = w.gAfter;
    final double[] inv = w.inv;
    for (int k = 0; k <= n; k++) {
      gb[k] = -lambda * inv[k + 1];
      gm[k] = -lambda * inv[k + 2];
      ga[k] = sigma * w.w3[k] - lambda * inv[k + 3];
    }
    f0[0] = 0.0;
    f1[0] = NEG;
    int kmax = 0;
    for (int m = 0; m < n; m++) {
      double pm = p[m];
      if (m == i) {
        for (int k = 0; k <= kmax; k++) {
          f0[k] += pm * gb[k];
          f1[k] += pm * gb[k];
        }
        continue;
      }
      if (m == j) {
        for (int k = 0; k <= kmax; k++) {
          double t = pm * (gm[k] - sigma * w.w2[k]);
          f0[k] += t;
          f1[k] += t;
        }
        continue;
      }
      final double[] g = m < i ? gb : m < j ? gm : ga;
      final int row = m * stride;
      f0[kmax + 1] = NEG;
      f1[kmax + 1] = NEG;
      if (pm > 0) {
        for (int k = kmax + 1; k >= 1; k--) {
          double t = pm * g[k - 1];
          double a0 = f0[k - 1] + t;
          double a1 = f1[k - 1] + t;
          double cur = f1[k];
          byte dec = SKIP;
          if (a0 > cur) {
            cur = a0;
            dec = FROM0;
          }
          if (a1 > cur) {
            cur = a1;
            dec = FROM1;
          }
          f1[k] = cur;
          d1[row + k] = dec;
          d0[row + k] = SKIP;
        }
      } else {
        for (int k = kmax + 1; k >= 1; k--) {
          byte e0 = SKIP;
          byte e1 = SKIP;
          if (f0[k - 1] > f0[k]) {
            f0[k] = f0[k - 1];
            e0 = FROM0;
          }
          if (f1[k - 1] > f1[k]) {
            f1[k] = f1[k - 1];
            e1 = FROM1;
          }
          d0[row + k] = e0;
          d1[row + k] = e1;
        }
      }
      d0[row] = SKIP;
      d1[row] = SKIP;
      kmax++;
    }
    int kb = 0;
    double fb = NEG;
    for (int k = 1; k <= kmax; k++) {
      if (f1[k] > fb) {
        fb = f1[k];
        kb = k;
      }
    }
    Arrays.fill(w.in, false);
    if (fb == NEG) {
      return NEG;
    }
    int k = kb;
    int z = 1;
    for (int m = n - 1; m >= 0 && k > 0; m--) {
      if (m == i || m == j) {
        continue;
      }
      byte dec = z == 1 ? d1[m * stride + k] : d0[m * stride + k];
      if (dec != SKIP) {
        w.in[m] = true;
        k--;
        if (dec == FROM0) {
          z = 0;
        }
      }
    }
    return fb;
  }
}
