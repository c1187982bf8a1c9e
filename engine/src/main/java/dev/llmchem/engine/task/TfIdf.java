package dev.llmchem.engine.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The float32 operations of the clustering's TF-IDF vectors, public so that a distributed
 * runner (the {@code spark} module) computes bit-identical vectors and bounds:
 * {@link TaskClustering} itself uses these methods, so there is one definition of each
 * rounding step. Tokens are the lower-cased string ({@link Locale#ROOT}) split on
 * {@link Character#isWhitespace} runs; IDF(t) = ln(N / (1 + df(t))) in float; a vector is
 * TF*IDF divided by its float norm (zero stays zero), summed in the string's order of first
 * token appearance; a cosine is the float sum of the products of shared entries in ascending
 * column order (columns = tokens numbered by first appearance over the corpus). Stateless.
 */
public final class TfIdf {
  private TfIdf() { }

  /** The tokens of {@code text}, lower-cased, in order (repeats included). */
  public static List<String> tokens(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(s.substring(i, j));
      }
      i = j;
    }
    return out;
  }

  /** IDF of a token found in {@code df} of {@code docs} strings, as float32 (may be &lt;= 0). */
  public static float idf(int docs, int df) {
    float nDocs = docs;
    float ratio = nDocs / (1f + df);
    return (float) Math.log(ratio);
  }

  /**
   * Scales entries [from, to) of {@code v} (TF on entry, in the string's first-appearance
   * order) to TF*IDF / norm, {@code idf[col[k]]} being entry k's IDF; returns the resulting
   * vector's norm computed in double (1 up to rounding, 0 for a zero vector).
   */
  public static double normalise(float[] v, int[] col, int from, int to, float[] idf) {
    float sq = 0f;
    for (int k = from; k < to; k++) {
      v[k] = v[k] * idf[col[k]];
      sq += v[k] * v[k];
    }
    float norm = (float) Math.sqrt(sq);
    if (norm == 0f) {
      norm = 1f;
    }
    double sqd = 0;
    for (int k = from; k < to; k++) {
      v[k] = v[k] / norm;
      sqd += (double) v[k] * v[k];
    }
    return Math.sqrt(sqd);
  }

  /**
   * The factor every prefix-filter bound is multiplied by before it is compared with the
   * threshold, for vectors of at most {@code maxLength} entries and largest norm
   * {@code maxNorm}: it covers the float rounding of a cosine's sum (see {@code PrefixIndex}).
   */
  public static double slack(int maxLength, double maxNorm) {
    return (1 + (maxLength + 4) * 0x1p-22) * Math.max(maxNorm, 1.0);
  }
}
