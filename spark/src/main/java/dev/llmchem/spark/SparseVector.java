package dev.llmchem.spark;

import dev.llmchem.engine.task.TfIdf;
import java.io.Serializable;
import java.util.Arrays;

/**
 * One task string's normalised TF-IDF vector as the engine computes it ({@link TfIdf}):
 * entries in ascending column order, a column being the token's first appearance over the
 * corpus ({@code task << 24 | position}, the order of the engine's token ids), with each
 * token's document frequency for the prefix order. Immutable once built.
 */
final class SparseVector implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Most distinct tokens of one string (the column key keeps 24 bits for the position). */
  static final int MAX_TOKENS = 1 << 24;

  final long task;
  final long[] col;
  final float[] val;
  final int[] df;
  /** The norm of the stored vector in double (1 up to rounding; 0 for a zero vector). */
  final double norm;

  private SparseVector(long task, long[] col, float[] val, int[] df, double norm) {
    this.task = task;
    this.col = col;
    this.val = val;
    this.df = df;
    this.norm = norm;
  }

  /**
   * The vector of task {@code task} from its distinct tokens in first-appearance order
   * within the string: term counts, column keys and document frequencies; {@code docs} = N.
   */
  static SparseVector of(long task, float[] tf, long[] col, int[] df, int docs) {
    int n = tf.length;
    float[] v = tf.clone();
    float[] idf = new float[n];
    int[] self = new int[n];
    for (int k = 0; k < n; k++) {
      idf[k] = TfIdf.idf(docs, df[k]);
      self[k] = k;
    }
    double norm = TfIdf.normalise(v, self, 0, n, idf);
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (x, y) -> Long.compare(col[x], col[y]));
    long[] c = new long[n];
    float[] w = new float[n];
    int[] d = new int[n];
    for (int k = 0; k < n; k++) {
      c[k] = col[order[k]];
      w[k] = v[order[k]];
      d[k] = df[order[k]];
    }
    return new SparseVector(task, c, w, d, norm);
  }

  int size() {
    return col.length;
  }

  /**
   * The entries of the prefix filter's global order (document frequency ascending, then
   * column), zero values left out: indices into this vector.
   */
  int[] globalOrder() {
    int m = 0;
    for (float x : val) {
      if (x != 0f) {
        m++;
      }
    }
    Integer[] order = new Integer[m];
    int j = 0;
    for (int k = 0; k < val.length; k++) {
      if (val[k] != 0f) {
        order[j++] = k;
      }
    }
    Arrays.sort(order, (x, y) -> df[x] != df[y] ? Integer.compare(df[x], df[y])
        : Long.compare(col[x], col[y]));
    int[] out = new int[m];
    for (int k = 0; k < m; k++) {
      out[k] = order[k];
    }
    return out;
  }

  /**
   * The engine's cosine of this vector and {@code o}: the float sum, in ascending column
   * order, of the products of shared entries (the engine sums over all of one vector's
   * entries against the other's dense copy; the products of unshared entries are zeros and
   * leave a float sum unchanged). Returns NaN when the first shared non-zero token in the
   * global order is not {@code token}: the pair is then verified at that token instead.
   */
  float cosineIfFirst(SparseVector o, long token) {
    float s = 0f;
    int p = 0;
    int q = 0;
    long firstCol = -1;
    int firstDf = Integer.MAX_VALUE;
    while (p < col.length && q < o.col.length) {
      if (col[p] < o.col[q]) {
        p++;
      } else if (col[p] > o.col[q]) {
        q++;
      } else {
        if (val[p] != 0f && o.val[q] != 0f
            && (df[p] < firstDf || df[p] == firstDf && col[p] < firstCol)) {
          firstDf = df[p];
          firstCol = col[p];
        }
        s += o.val[q] * val[p];
        p++;
        q++;
      }
    }
    return firstCol == token ? s : Float.NaN;
  }
}
