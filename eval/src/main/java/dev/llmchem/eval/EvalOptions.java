package dev.llmchem.eval;

/**
 * Options of the evaluation, the reference's behaviour by default.
 *
 * @param scale quality scale of the complementarity index (default RAW, as the reference)
 * @param alpha weight of the hypervolume in the index (default 0.5)
 * @param complexity task complexity label for RQ3, or null for the paper's labels of its three
 *     benchmarks (classification low, summarisation medium, program repair high; else unknown)
 */
public record EvalOptions(QualityScale scale, double alpha, String complexity) {
  public EvalOptions {
    if (scale == null) {
      throw new IllegalArgumentException("scale must not be null");
    }
    if (!(alpha >= 0.0 && alpha <= 1.0)) {
      throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
    }
  }

  /** The reference's settings. */
  public static EvalOptions defaults() {
    return new EvalOptions(QualityScale.RAW, Complementarity.ALPHA, null);
  }

  public EvalOptions withScale(QualityScale s) {
    return new EvalOptions(s, alpha, complexity);
  }

  public EvalOptions withComplexity(String c) {
    return new EvalOptions(scale, alpha, c);
  }

  /** The RQ3 complexity label of a task prototype. */
  public String complexityOf(String task) {
    if (complexity != null) {
      return complexity;
    }
    switch (task) {
      case "classify a short statement into a category of fakeness":
        return "low";
      case "generate a concise, clinically formal summary":
        return "medium";
      case "fix buggy program":
        return "high";
      default:
        return "unknown";
    }
  }
}
