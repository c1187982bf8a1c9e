package dev.llmchem.engine.cheme;

/**
 * The per-pair loop of {@link FloatCheme} over one gathered float buffer: a service interface
 * like {@link PairKernel} (same contract, float arithmetic, same order as {@link FloatKernel}),
 * so the optional {@code llmchem-vector} module can replace the scalar loops. Not a stable API.
 */
public interface FloatPairKernel {
  /** A short name for reports ("scalar", "vector-8" ...). */
  String name();

  /** Smallest run (the pair's lower offset) accepted; below, the scalar loops run. */
  int minRun();

  /** max(m, every term); called only when the table has no zero cost. */
  float pairMax(float[] t, int n, int lo, int hi, int f, int g, float m);

  /** With the zero-cost test: updates {@code mx[slot]} and {@code ok[slot]} as PairKernel. */
  void pairMaxChecked(float[] t, int n, int lo, int hi, int f, int g, double[] mx, double[] ok,
      int slot);
}
