package dev.llmchem.engine.profile;

/**
 * Options of the analysis of a history, reference-compatible by default.
 *
 * @param threshold usage theta: a model is used when a &gt; theta (default 0.5)
 * @param aggregate how rows become profiles (default {@link Aggregate#MAX})
 * @param includeChemistryRows keep rows with strategy CHEMISTRY (default false: chemistry
 *     must not be estimated from its own recommendations)
 * @param clusterThreshold cosine similarity at which task strings merge (default 0.85)
 */
public record AnalysisOptions(double threshold, Aggregate aggregate,
    boolean includeChemistryRows, double clusterThreshold) {

  public AnalysisOptions {
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("usage threshold must be in [0, 1], got " + threshold);
    }
    if (!(clusterThreshold >= -1.0 && clusterThreshold <= 1.0)) {
      throw new IllegalArgumentException("cluster threshold must be in [-1, 1], got " + clusterThreshold);
    }
    if (aggregate == null) {
      throw new IllegalArgumentException("aggregate must not be null");
    }
  }

  /** The reference's defaults: theta 0.5, max, CHEMISTRY rows dropped, 0.85. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(0.5, Aggregate.MAX, false, 0.85);
  }

  public AnalysisOptions withThreshold(double t) {
    return new AnalysisOptions(t, aggregate, includeChemistryRows, clusterThreshold);
  }

  public AnalysisOptions withAggregate(Aggregate a) {
    return new AnalysisOptions(threshold, a, includeChemistryRows, clusterThreshold);
  }

  public AnalysisOptions withChemistryRows(boolean keep) {
    return new AnalysisOptions(threshold, aggregate, keep, clusterThreshold);
  }
}
