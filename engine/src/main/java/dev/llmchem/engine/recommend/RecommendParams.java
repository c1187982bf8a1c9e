package dev.llmchem.engine.recommend;

/**
 * Parameters of RECOMMEND (SPEC section 7). Immutable and thread-safe.
 *
 * @param alpha weight of the inter-chemistry loss, in [0, 1]; {@code 1 - alpha} weighs the
 *     intra loss
 * @param beta size penalty per member, finite
 * @param iters maximum number of hill-climbing moves per start, {@code >= 0}
 * @param minSize smallest configuration size the unrestricted searches consider, {@code >= 1}
 * @param fallback the answer without chemistry entries (SPEC 7 step 1)
 */
public record RecommendParams(double alpha, double beta, int iters, int minSize,
    FallbackPolicy fallback) {

  /** The reference defaults: alpha 0.5, beta 0.5, iters 10, minSize 2, its fallback. */
  public static final RecommendParams DEFAULTS = new RecommendParams(0.5, 0.5, 10, 2);

  /** With the reference's fallback ({@link FallbackPolicy#DEFAULTS}). */
  public RecommendParams(double alpha, double beta, int iters, int minSize) {
    this(alpha, beta, iters, minSize, FallbackPolicy.DEFAULTS);
  }

  /** Validates the ranges above; throws {@link IllegalArgumentException} naming the field. */
  public RecommendParams {
    if (!(alpha >= 0.0 && alpha <= 1.0)) {
      throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
    }
    if (!Double.isFinite(beta)) {
      throw new IllegalArgumentException("beta must be finite, got " + beta);
    }
    if (iters < 0) {
      throw new IllegalArgumentException("iters must be >= 0, got " + iters);
    }
    if (minSize < 1) {
      throw new IllegalArgumentException("minSize must be >= 1, got " + minSize);
    }
    if (fallback == null) {
      throw new IllegalArgumentException("fallback must not be null");
    }
  }

  /** A copy with another alpha. */
  public RecommendParams withAlpha(double a) {
    return new RecommendParams(a, beta, iters, minSize, fallback);
  }

  /** A copy with another beta. */
  public RecommendParams withBeta(double b) {
    return new RecommendParams(alpha, b, iters, minSize, fallback);
  }

  /** A copy with another iteration budget. */
  public RecommendParams withIters(int i) {
    return new RecommendParams(alpha, beta, i, minSize, fallback);
  }

  /** A copy with another minimum size. */
  public RecommendParams withMinSize(int m) {
    return new RecommendParams(alpha, beta, iters, m, fallback);
  }

  /** A copy with another fallback policy. */
  public RecommendParams withFallback(FallbackPolicy f) {
    return new RecommendParams(alpha, beta, iters, minSize, f);
  }
}
