package dev.llmchem.engine.profile;

import dev.llmchem.engine.cost.CostKernel;

/**
 * U = used(S) for one task, in rank order: q descending, then a descending, then name
 * ascending (SPEC section 4's documented tie rule). Position i in rank order is bit i of the
 * cost table's masks. Penalties are computed as the reference does:
 * {@code (1 - q/10) * (1 - a)}. Immutable and thread-safe: read a rank with
 * {@link #member(int)} and {@link #penalty(int)}; the whole-array accessors return copies.
 */
public final class UsedSet {
  private final int[] members;
  private final double[] penalty;
  private final int universeSize;

  UsedSet(int[] members, double[] penalty, int universeSize) {
    this.members = members;
    this.penalty = penalty;
    this.universeSize = universeSize;
  }

  /** |U|. */
  public int size() { return members.length; }

  /** S index of the used model of rank {@code rank} (0 = best). */
  public int member(int rank) { return members[rank]; }

  /** Penalty of the used model of rank {@code rank}. */
  public double penalty(int rank) { return penalty[rank]; }

  /** S index of each used model in rank order (a copy). */
  public int[] members() { return members.clone(); }

  /** Penalty of each used model in rank order (a copy). */
  public double[] penalties() { return penalty.clone(); }

  /**
   * Eq. 1 cost of a subset of S given as membership over S indices ({@code inS.length >= |S|});
   * members outside U do not change it. O(|U|), needs no table, works for any |U|.
   */
  public double cost(boolean[] inS) {
    return CostKernel.eq1(penalty, k -> inS[members[k]]);
  }

  /** |S|. */
  public int universeSize() { return universeSize; }

  /** The penalty of a model: (1 - q/10) * (1 - a), bit-compatible with the reference. */
  public static double penalty(double q, double a) {
    return (1 - q / 10.0) * (1 - a);
  }

  /** U as a mask over S (bit i = S[i]); needs |S| &lt;= 64. */
  public long sMask() {
    if (universeSize > 64) {
      throw new IllegalStateException("|S| = " + universeSize + " exceeds a 64-bit mask");
    }
    long m = 0;
    for (int s : members) {
      m |= 1L << s;
    }
    return m;
  }
}
