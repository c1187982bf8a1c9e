package dev.llmchem.engine.cheme;

import dev.llmchem.engine.mig.UsedMap;

/** Builds the S-indexed {@link ChemMatrix} from per-U-pair results plus the outside pairs. */
final class Assemble {
  private Assemble() { }

  /**
   * @param mx max term per U pair (triangular order of {@link DenseDriver#pairIndex})
   * @param ok 1 where the U pair was evaluated
   * @param loops the pair loops that ran ({@link ChemMatrix#loops()})
   */
  static ChemMatrix matrix(UsedMap map, double[] cost, double[] mx, double[] ok,
      boolean hasZero, String loops) {
    int s = map.s();
    int u = map.u();
    double[] v = new double[s * s];
    long[] e = new long[s];
    for (int i = 0; i < u; i++) {
      for (int j = i + 1; j < u; j++) {
        int q = DenseDriver.pairIndex(u, i, j);
        if (ok[q] >= 1) {
          set(v, e, s, map.sIndex(i), map.sIndex(j), Math.min(mx[q], 1.0));
        }
      }
    }
    long outside = (s == 64 ? -1L : (1L << s) - 1) & ~map.usedMask();
    if (outside != 0) {
      int with = hasZero ? OutsidePairs.withOutside(cost, u) : (1 << u) - 1;
      boolean any = !hasZero || OutsidePairs.anyNonZero(cost);
      for (long t = outside; t != 0; t &= t - 1) {
        int a = Long.numberOfTrailingZeros(t);
        for (int j = 0; j < u; j++) {
          if ((with >>> j & 1) != 0) {
            set(v, e, s, a, map.sIndex(j), 0.0);
          }
        }
        if (any) {
          for (long r = t & (t - 1); r != 0; r &= r - 1) {
            set(v, e, s, a, Long.numberOfTrailingZeros(r), 0.0);
          }
        }
      }
    }
    return new ChemMatrix(s, v, e, loops);
  }

  private static void set(double[] v, long[] e, int s, int a, int b, double x) {
    v[a * s + b] = x;
    v[b * s + a] = x;
    e[a] |= 1L << b;
    e[b] |= 1L << a;
  }
}
