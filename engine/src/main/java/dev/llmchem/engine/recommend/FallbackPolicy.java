package dev.llmchem.engine.recommend;

/**
 * What RECOMMEND answers when chemistry has no entries (SPEC 7 step 1), as the reference's
 * {@code recommend(..., fallback_policy_good, fallback_policy_bad, hi_a, hi_q, lo_a, lo_q)}
 * arguments. A model of V (the union of X_Q) is good when a &gt;= hiA and q &gt;= hiQ, bad
 * when a &lt;= loA and q &lt;= loQ. Immutable.
 *
 * @param good what to answer when every model of V is good
 * @param bad what to answer when every model of V is bad
 * @param hiA accuracy at or above which a model can be good (default 0.9)
 * @param hiQ quality at or above which a model can be good (default 9.0)
 * @param loA accuracy at or below which a model can be bad (default 0.5)
 * @param loQ quality at or below which a model can be bad (default 5.0)
 */
public record FallbackPolicy(Good good, Bad bad, double hiA, double hiQ, double loA,
    double loQ) {

  /** The all-good answer. */
  public enum Good {
    /** V's single best model (the reference's default). */
    SINGLE,
    /** All of V. */
    ALL
  }

  /** The all-bad answer. */
  public enum Bad {
    /** Nothing: no meaningful improvement (the reference's default). */
    NONE,
    /** V's single best (least bad) model. */
    SINGLE
  }

  /** The reference's defaults: single, none, 0.9 / 9.0, 0.5 / 5.0. */
  public static final FallbackPolicy DEFAULTS = new FallbackPolicy(Good.SINGLE, Bad.NONE, 0.9,
      9.0, 0.5, 5.0);

  /** Validates: policies non-null, thresholds finite. */
  public FallbackPolicy {
    if (good == null || bad == null) {
      throw new IllegalArgumentException("fallback policies must not be null");
    }
    for (double x : new double[] {hiA, hiQ, loA, loQ}) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("fallback thresholds must be finite, got " + x);
      }
    }
  }

  /** Whether a model of profile (a, q) is good. */
  public boolean good(double a, double q) {
    return a >= hiA && q >= hiQ;
  }

  /** Whether a model of profile (a, q) is bad. */
  public boolean bad(double a, double q) {
    return a <= loA && q <= loQ;
  }
}
