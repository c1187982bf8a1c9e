package dev.llmchem.engine.cheme;

/**
 * The result of exact Eq. 1 CHEME ({@link Eq1Cheme}): the {@link ChemMatrix} over S indices
 * (any |S|) and, for every pair with an entry, a witness X: a subset of S \ {a, b} attaining
 * chem(a, b) ("in which company do these two models interact most?").
 *
 * <p>Witnesses of pairs inside U are stored as bitsets over rank positions (C(n,2) ceil(n/64)
 * longs); a pair with a member outside U has value 0 and the closed-form witness: X = {} when
 * that is counted, else the best-ranked used model of positive penalty other than the pair.
 * Immutable and thread-safe; {@link #witness} allocates its result.
 */
public final class Eq1Result {
  private final ChemMatrix matrix;
  private final int[] rankToS;
  private final int[] sToRank;
  private final double[] penalty;
  private final long[] witness;
  private final int words;

  Eq1Result(ChemMatrix matrix, int[] rankToS, double[] penalty, long[] witness) {
    this.matrix = matrix;
    this.rankToS = rankToS;
    this.penalty = penalty;
    this.witness = witness;
    this.words = (rankToS.length + 63) >>> 6;
    this.sToRank = new int[matrix.size()];
    java.util.Arrays.fill(sToRank, -1);
    for (int r = 0; r < rankToS.length; r++) {
      sToRank[rankToS[r]] = r;
    }
  }

  /** The chemistry matrix over S indices. */
  public ChemMatrix matrix() {
    return matrix;
  }

  /** |U|. */
  public int usedCount() {
    return rankToS.length;
  }

  /** Index of U pair (i &lt; j) in the triangular order used by the kernel. */
  static int pairIndex(int n, int i, int j) {
    return i * (2 * n - i - 1) / 2 + (j - i - 1);
  }

  /**
   * The witness X of pair (a, b) as ascending S indices (never containing a or b), or null
   * when the pair has no entry. Its Eq. 1 term equals chem(a, b) to the last bit (clipped
   * to 1).
   */
  public int[] witness(int a, int b) {
    if (a == b || !matrix.hasEntry(a, b)) {
      return null;
    }
    int ra = sToRank[a];
    int rb = sToRank[b];
    boolean[] in = new boolean[matrix.size()];
    if (ra >= 0 && rb >= 0) {
      int i = Math.min(ra, rb);
      int j = Math.max(ra, rb);
      int base = pairIndex(rankToS.length, i, j) * words;
      for (int r = 0; r < rankToS.length; r++) {
        if ((witness[base + (r >>> 6)] >>> r & 1) != 0) {
          in[rankToS[r]] = true;
        }
      }
    } else {
      int inside = ra >= 0 ? ra : rb;
      if (inside >= 0 && !(penalty[inside] > 0)) {
        for (int r = 0; r < penalty.length; r++) {
          if (r != inside && penalty[r] > 0) {
            in[rankToS[r]] = true;
            break;
          }
        }
      }
    }
    int c = 0;
    for (boolean x : in) {
      c += x ? 1 : 0;
    }
    int[] out = new int[c];
    for (int s = 0, k = 0; s < in.length; s++) {
      if (in[s]) {
        out[k++] = s;
      }
    }
    return out;
  }
}
