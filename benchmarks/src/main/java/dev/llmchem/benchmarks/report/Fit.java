package dev.llmchem.benchmarks.report;

/**
 * Exponential growth law t(x) = t0 * g^x fitted by least squares on ln t (two parameters, so
 * no library is worth adding). Used for "time per added model" and to extrapolate limits.
 *
 * @param lnT0 intercept of ln t
 * @param lnG slope of ln t per unit of x
 * @param points how many points were fitted
 */
public record Fit(double lnT0, double lnG, int points) {

  /** Fits ln y = a + b x over the points with y &gt; 0. */
  public static Fit exponential(double[] x, double[] y) {
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (y[i] > 0) {
        double ly = Math.log(y[i]);
        sx += x[i];
        sy += ly;
        sxx += x[i] * x[i];
        sxy += x[i] * ly;
        n++;
      }
    }
    if (n < 2) {
      return new Fit(Double.NaN, Double.NaN, n);
    }
    double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    return new Fit((sy - b * sx) / n, b, n);
  }

  /** Growth factor per unit of x. */
  public double factor() {
    return Math.exp(lnG);
  }

  /** Predicted t at x. */
  public double at(double x) {
    return Math.exp(lnT0 + lnG * x);
  }

  /** The x at which t reaches {@code t} (real-valued). */
  public double xAt(double t) {
    return (Math.log(t) - lnT0) / lnG;
  }
}
