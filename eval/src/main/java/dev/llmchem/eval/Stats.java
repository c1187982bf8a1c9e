package dev.llmchem.eval;

import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * The statistics of the evaluation, on Apache Commons Statistics: Student's two-sample t-test
 * with pooled variance (scipy's {@code ttest_ind} default, which the reference calls) and
 * Pearson's r with its two-sided p-value from the t distribution with n - 2 degrees of
 * freedom (what scipy's {@code pearsonr} computes through the equivalent beta distribution).
 */
public final class Stats {
  private Stats() { }

  /** A correlation and its two-sided p-value (NaN when undefined). */
  public record Correlation(double r, double p, int n) { }

  /** Arithmetic mean (NaN for no values). */
  public static double mean(double[] v) {
    double s = 0.0;
    for (double x : v) {
      s += x;
    }
    return v.length == 0 ? Double.NaN : s / v.length;
  }

  /** Population standard deviation (numpy's default {@code ddof = 0}). */
  public static double populationStd(double[] v) {
    double m = mean(v);
    double s = 0.0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / v.length);
  }

  /**
   * Two-sided p-value of Student's two-sample t-test (equal variances assumed). NaN when
   * both samples are constant and equal (as scipy); needs at least 2 values per sample.
   */
  public static double studentTTest(double[] x, double[] y) {
    return TTest.withDefaults().with(DataDispersion.HOMOSCEDASTIC).test(x, y).getPValue();
  }

  /**
   * Pearson's r (mean-centred, each side divided by its norm, clipped to [-1, 1]) and its
   * two-sided p-value; r and p are NaN when either side is constant, p is 1 for n = 2.
   */
  public static Correlation pearson(double[] x, double[] y) {
    int n = x.length;
    if (n != y.length || n < 2) {
      throw new IllegalArgumentException("pearson needs two samples of equal length >= 2");
    }
    double mx = mean(x);
    double my = mean(y);
    double sxx = 0.0;
    double syy = 0.0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    double nx = Math.sqrt(sxx);
    double ny = Math.sqrt(syy);
    if (nx == 0.0 || ny == 0.0) {
      return new Correlation(Double.NaN, Double.NaN, n);
    }
    double r = 0.0;
    for (int i = 0; i < n; i++) {
      r += (x[i] - mx) / nx * ((y[i] - my) / ny);
    }
    r = Math.max(-1.0, Math.min(1.0, r));
    return new Correlation(r, pearsonP(r, n), n);
  }

  /** Two-sided p-value of r over n pairs: 2 * P(T &gt; |t|), t = r sqrt((n-2)/(1-r^2)). */
  static double pearsonP(double r, int n) {
    if (n == 2) {
      return 1.0;
    }
    double ar = Math.abs(r);
    if (ar == 1.0) {
      return 0.0;
    }
    double t = ar * Math.sqrt((n - 2) / ((1.0 - ar) * (1.0 + ar)));
    return Math.min(1.0, 2.0 * TDistribution.of(n - 2).survivalProbability(t));
  }
}
