package dev.llmchem.eval;

import java.util.Arrays;

/**
 * Which configuration a map shows, as the reference's maps script picks it: among the
 * configurations of one strategy and size group, the one whose CI is closest to the 10%
 * (weak), 50% (mid) or 90% (strong) quantile of their CIs (the first such in the
 * configurations' order on ties).
 */
public final class Representatives {
  /** The three representatives and their quantiles. */
  public enum Pick {
    WEAK(0.1), MID(0.5), STRONG(0.9);

    private final double quantile;

    Pick(double quantile) {
      this.quantile = quantile;
    }

    /** The quantile whose nearest CI is picked. */
    public double quantile() {
      return quantile;
    }
  }

  private Representatives() { }

  /** Index into {@code ci} of the representative (-1 when empty). */
  public static int pick(double[] ci, Pick pick) {
    if (ci.length == 0) {
      return -1;
    }
    double q = quantile(ci, pick.quantile());
    int best = 0;
    for (int i = 1; i < ci.length; i++) {
      if (Math.abs(ci[i] - q) < Math.abs(ci[best] - q)) {
        best = i;
      }
    }
    return best;
  }

  /** numpy's default ("linear") quantile, including its lerp that is exact at both ends. */
  public static double quantile(double[] v, double k) {
    double[] s = v.clone();
    Arrays.sort(s);
    double idx = k * (s.length - 1);
    int lo = (int) Math.floor(idx);
    int hi = Math.min(lo + 1, s.length - 1);
    double t = idx - lo;
    double diff = s[hi] - s[lo];
    return t >= 0.5 ? s[hi] - diff * (1 - t) : s[lo] + diff * t;
  }
}
