package dev.llmchem.engine.bootstrap;

import java.util.Arrays;

/**
 * The distribution of one statistic over bootstrap replicates.
 *
 * <p>Percentiles are the linear interpolation between order statistics of NumPy's default
 * ({@code numpy.percentile}, Hyndman and Fan's type 7): with the n values sorted as
 * x[0] &lt;= ... &lt;= x[n-1] and h = (n - 1) p, the p-percentile is
 * x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). So the 2.5 and 97.5 percentiles of
 * B = 1000 values lie between the 25th and 26th and the 975th and 976th smallest.
 *
 * @param n values summarised (0: every other field NaN)
 * @param mean arithmetic mean, summed in replicate order
 * @param lo the 2.5 percentile
 * @param median the 50 percentile
 * @param hi the 97.5 percentile
 * @param min smallest value
 * @param max largest value
 */
public record Summary(int n, double mean, double lo, double median, double hi, double min,
    double max) {

  /** The summary of {@code values} (not modified). */
  public static Summary of(double[] values) {
    return of(values, values.length);
  }

  /** The summary of the first {@code n} values (not modified). */
  public static Summary of(double[] values, int n) {
    if (n == 0) {
      return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i];
    }
    double[] x = Arrays.copyOf(values, n);
    Arrays.sort(x);
    return new Summary(n, sum / n, percentile(x, 0.025), percentile(x, 0.5),
        percentile(x, 0.975), x[0], x[n - 1]);
  }

  /** The type-7 p-quantile of sorted {@code x}, 0 &lt;= p &lt;= 1. */
  public static double percentile(double[] x, double p) {
    double h = (x.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo + 1 >= x.length) {
      return x[x.length - 1];
    }
    double f = h - lo;
    return f == 0 ? x[lo] : x[lo] + f * (x[lo + 1] - x[lo]);
  }

  /** hi - lo: 0 when every replicate gave the same value. */
  public double width() {
    return hi - lo;
  }
}
