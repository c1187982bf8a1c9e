package dev.llmchem.eval;

/**
 * One row of RQ2 (paper Table 2's source): Pearson's r between configuration chemistry and
 * the complementarity index over the distinct baseline configurations of one size group.
 *
 * @param task the task prototype
 * @param group the size group (RQ2's rule: N=3 includes single models)
 * @param n number of distinct configurations
 * @param r Pearson's r (NaN when undefined: see {@code note})
 * @param p its two-sided p-value (NaN when undefined)
 * @param note null, "insufficient" (fewer than 10 configurations: the reference prints no r),
 *     or "constant" (chemistry or CI constant: the reference prints no r)
 * @param chemistry distribution of configuration chemistry: min, max, mean, population std
 */
public record Rq2Row(String task, SizeGroup group, int n, double r, double p, String note,
    Distribution chemistry) {

  /** min, max, mean and population standard deviation of a sample (NaN when empty). */
  public record Distribution(double min, double max, double mean, double std) {
    static Distribution of(double[] v) {
      if (v.length == 0) {
        return new Distribution(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
      }
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double x : v) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
      return new Distribution(lo, hi, Stats.mean(v), Stats.populationStd(v));
    }
  }

  /** The reference's strength label of |r|: Strong &gt;= 0.5, Moderate &gt;= 0.25, Weak &gt;= 0.1. */
  public String strength() {
    double a = Double.isNaN(r) ? 0 : Math.abs(r);
    return a >= 0.5 ? "Strong" : a >= 0.25 ? "Moderate" : a >= 0.1 ? "Weak" : "Negligible";
  }

  /**
   * The reference's RQ2 significance, gated by effect size: *** p &lt; 0.001 and |r| &gt;= 0.2,
   * ** p &lt; 0.01 and |r| &gt;= 0.15, * p &lt; 0.05 and |r| &gt;= 0.1, else "" (not significant).
   */
  public String stars() {
    if (Double.isNaN(r) || Double.isNaN(p)) {
      return "";
    }
    double a = Math.abs(r);
    return p < 0.001 && a >= 0.2 ? "***" : p < 0.01 && a >= 0.15 ? "**"
        : p < 0.05 && a >= 0.1 ? "*" : "";
  }

  /** The reference's key-finding rule: p &lt; 0.05 and |r| &gt;= 0.15. */
  public boolean keyFinding() {
    return !Double.isNaN(r) && !Double.isNaN(p) && p < 0.05 && Math.abs(r) >= 0.15;
  }
}
