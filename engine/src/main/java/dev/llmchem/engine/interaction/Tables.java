package dev.llmchem.engine.interaction;

/** Shape checks shared by the kernels. */
final class Tables {
  private Tables() { }

  /** n for a table of 2^n cells, or an exception. */
  static int players(double[] v) {
    int len = v.length;
    if (len == 0 || Integer.bitCount(len) != 1) {
      throw new IllegalArgumentException("a game table has 2^n cells, got " + len);
    }
    return Integer.numberOfTrailingZeros(len);
  }
}
