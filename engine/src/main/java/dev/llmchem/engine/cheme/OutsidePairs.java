package dev.llmchem.engine.cheme;

/**
 * Entries of the pairs with a member outside U (their chemistry is exactly 0: SPEC section 6,
 * notes/cheme-eq1-exact.md "Pairs outside U"), for any non-negative table:
 * (a ∉ U, b ∈ U) has an entry iff some X ⊆ U \ {b} has cost[X] != 0 and cost[X+b] != 0;
 * two outside members have one iff some cost[X] != 0. Each scan stops at the first witness
 * (usually X = {}), so it is O(2^u) per member only for tables full of zeros.
 */
final class OutsidePairs {
  private OutsidePairs() { }

  /** Bit j set iff used model j has a witness X for pairs with an outside member. */
  static int withOutside(double[] cost, int u) {
    int r = 0;
    for (int j = 0; j < u; j++) {
      int b = 1 << j;
      for (int y = 0; y < cost.length >>> 1; y++) {
        int x = ((y >>> j) << (j + 1)) | (y & (b - 1));
        if (cost[x] != 0 && cost[x | b] != 0) {
          r |= b;
          break;
        }
      }
    }
    return r;
  }

  /** Whether some cell is non-zero (pairs of two outside members have an entry). */
  static boolean anyNonZero(double[] cost) {
    for (double c : cost) {
      if (c != 0) {
        return true;
      }
    }
    return false;
  }
}
