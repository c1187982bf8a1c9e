package dev.llmchem.engine.cheme;

/**
 * Exact CHEME of one pair of used models under the Eq. 1 cost (notes/cheme-eq1-exact.md):
 * max over the counted X ⊆ U \ {i, j} of |Delta(X)| / cost(X+i+j), clipped to 1, by
 * Dinkelbach's method over {@link Eq1Program} for sigma = +1 and then -1, each started at the
 * best ratio found so far (starting from X = {} when it counts, else from the best-ranked
 * other member of positive penalty alone, so every counted pair has a witness).
 *
 * <p>Every candidate X the iteration visits is re-priced with the ordinary Eq. 1 arithmetic
 * ({@link dev.llmchem.engine.cost.CostKernel#eq1}) and the dense kernel's term
 * {@code |c(X+f+g) - c(X+f) - c(X+g) + c(X)| / c(X+f+g)} (f = the member of smaller S index);
 * the value is the largest re-priced term, the witness the X giving it. So value and witness
 * agree to the last bit, and the value equals the exhaustive maximum up to ties below rounding
 * (~1e-16): where the exact value is 0 the exhaustive kernel may keep rounding residue
 * (~5e-17) and this gives 0; exact ties at the clip (ratio exactly 1) are resolved like the
 * exhaustive kernel by also re-pricing every single-member X. In the differential tests all
 * other values are bit-identical to the dense kernel's.
 *
 * <p>Counted X (the reference's zero-cost skip): X = {} iff p_i &gt; 0 and p_j &gt; 0; a
 * non-empty X iff it holds a member of positive penalty (assumes positive penalties do not
 * underflow to 0 when divided by a rank, i.e. are above ~1e-300).
 *
 * <p>O(n^2) per programme, typically 2-6 programmes per pair. Allocation-free; uses the
 * caller's per-thread {@link Eq1Program.Workspace}.
 */
final class Eq1Pair {
  /** Cap on Dinkelbach steps per sign (it converges superlinearly; this is a safety net). */
  static final int MAX_STEPS = 64;
  /** How close to 1 the exact maximum must be for {@link #clipTies} to run. */
  static final double CLIP_TIE = 1e-12;

  private Eq1Pair() { }

  /**
   * Solves pair (i, j) of rank positions, i &lt; j.
   *
   * @param positives number of positions with a positive penalty
   * @param iLowS whether position i's model has the smaller S index (it is then the kernel's f)
   * @return chem in [0, 1] with the witness in {@code w.best}, or NaN when the pair has no
   *     entry (no X is counted)
   */
  static double solve(double[] p, int positives, int i, int j, boolean iLowS,
      Eq1Program.Workspace w) {
    boolean pi = p[i] > 0;
    boolean pj = p[j] > 0;
    int others = positives - (pi ? 1 : 0) - (pj ? 1 : 0);
    boolean emptyCounts = pi && pj;
    java.util.Arrays.fill(w.best, false);
    if (!emptyCounts && others == 0) {
      return Double.NaN;
    }
    double best = -1.0;
    double lam = 0.0;
    java.util.Arrays.fill(w.in, false);
    if (!emptyCounts) {
      for (int m = 0; m < p.length; m++) {
        if (m != i && m != j && p[m] > 0) {
          w.in[m] = true;
          break;
        }
      }
    }
    best = term(p, i, j, iLowS, w);
    lam = best;
    System.arraycopy(w.in, 0, w.best, 0, w.in.length);
    if (others > 0 && best < 1.0) {
      for (int sign = 0; sign < 2 && lam < 1.0 && best < 1.0; sign++) {
        double sigma = sign == 0 ? 1.0 : -1.0;
        for (int step = 0; step < MAX_STEPS; step++) {
          double f = Eq1Program.maximise(p, i, j, sigma, lam, w);
          if (!(f > 0)) {
            break;
          }
          double r = lam + f / Eq1Program.cost(p, w, i, j);
          double d = term(p, i, j, iLowS, w);
          if (d > best) {
            best = d;
            System.arraycopy(w.in, 0, w.best, 0, w.in.length);
          }
          if (!(r > lam)) {
            break;
          }
          lam = r;
          if (lam >= 1.0 || best >= 1.0) {
            break;
          }
        }
      }
    }
    if (best < 1.0 && lam >= 1.0 - CLIP_TIE) {
      best = clipTies(p, i, j, iLowS, w, best);
    }
    return Math.min(best, 1.0);
  }

  /**
   * The exact maximum is (about) 1 but the re-priced witness rounded below it. Exact ties at 1
   * are common (e.g. both pair members of penalty 0: every X = {m} with m ranked after them
   * has ratio exactly 1), and the exhaustive kernel keeps whichever tied X rounds highest, so
   * try every single positive member as well: O(n^2), only on this rare path.
   */
  private static double clipTies(double[] p, int i, int j, boolean iLowS, Eq1Program.Workspace w,
      double best) {
    for (int m = 0; m < p.length && best < 1.0; m++) {
      if (m == i || m == j || !(p[m] > 0)) {
        continue;
      }
      java.util.Arrays.fill(w.in, false);
      w.in[m] = true;
      double d = term(p, i, j, iLowS, w);
      if (d > best) {
        best = d;
        System.arraycopy(w.in, 0, w.best, 0, w.in.length);
      }
    }
    return best;
  }

  /** The unclipped term for X = {@code x} (copied into {@code w.in}; for tests). */
  static double termOf(double[] p, int i, int j, boolean iLowS, boolean[] x,
      Eq1Program.Workspace w) {
    System.arraycopy(x, 0, w.in, 0, w.in.length);
    return term(p, i, j, iLowS, w);
  }

  /** The dense kernel's unclipped term for X = {@code w.in}. */
  static double term(double[] p, int i, int j, boolean iLowS, Eq1Program.Workspace w) {
    int f = iLowS ? i : j;
    int g = iLowS ? j : i;
    double c0 = Eq1Program.cost(p, w, -1, -1);
    double cf = Eq1Program.cost(p, w, f, -1);
    double cg = Eq1Program.cost(p, w, g, -1);
    double cab = Eq1Program.cost(p, w, f, g);
    return Math.abs(cab - cf - cg + c0) / cab;
  }
}
