package dev.llmchem.engine.interaction;

/**
 * The textbook route, kept as a second oracle and as the benchmark's baseline for the
 * {@link DenseInteraction direct kernel}: copy the table, turn it in place into its Moebius
 * coefficients m(T) = sum over R ⊆ T of (-1)^(|T|-|R|) v(R) (n butterfly passes), scale each
 * m(T) by {@link InteractionIndex#moebiusWeight}(|T|), and sum over supersets in place
 * (n more passes): cell {i, j} then holds I(i, j) = sum over T ⊇ {i, j} of the scaled m(T).
 *
 * <p>O(n 2^n) additions and a 2^n copy (8 GiB at n = 30), sequential. Less accurate than the
 * direct kernel: for a table of unstructured values the coefficients m(T) grow like
 * 2^(|T|/2) max|v| and cancel again in the superset sums (see package documentation).
 */
public final class MoebiusInteraction {
  private MoebiusInteraction() { }

  /** The n x n matrix (row-major, bit order, diagonal 0) of {@code index} over {@code v}. */
  public static double[] compute(double[] v, InteractionIndex index) {
    int n = Tables.players(v);
    double[] a = v.clone();
    int len = a.length;
    for (int b = 1; b < len; b <<= 1) { // Moebius: a[T] -= a[T - b] for T ∋ b
      for (int hi = 0; hi < len; hi += b << 1) {
        for (int t = hi; t < hi + b; t++) {
          a[t + b] -= a[t];
        }
      }
    }
    double[] scale = new double[n + 1];
    for (int t = 0; t <= n; t++) {
      scale[t] = index.moebiusWeight(t);
    }
    for (int t = 0; t < len; t++) {
      a[t] *= scale[Integer.bitCount(t)];
    }
    for (int b = 1; b < len; b <<= 1) { // superset sums: a[T] += a[T + b] for T ∌ b
      for (int hi = 0; hi < len; hi += b << 1) {
        for (int t = hi; t < hi + b; t++) {
          a[t] += a[t + b];
        }
      }
    }
    double[] out = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        out[i * n + j] = a[(1 << i) | (1 << j)];
        out[j * n + i] = out[i * n + j];
      }
    }
    return out;
  }
}
