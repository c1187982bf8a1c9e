package dev.llmchem.engine.profile;

/**
 * Options of the analysis of a history, reference-compatible by default.
 *
 * @param threshold usage theta: a model is used when a &gt; theta (default 0.5)
 * @param aggregate how rows become profiles (default {@link Aggregate#MAX})
 * @param includeChemistryRows keep rows with strategy CHEMISTRY (default false: chemistry
 *     must not be estimated from its own recommendations)
 * @param clusterThreshold cosine similarity at which task strings merge (default 0.85)
 * @param clusterTasks merge near-duplicate task strings into one task (default true: tasks
 *     are prompt wordings); false: each distinct string is its own task (tasks are labels,
 *     e.g. read from a dataset or category column)
 */
public record AnalysisOptions(double threshold, Aggregate aggregate,
    boolean includeChemistryRows, double clusterThreshold, boolean clusterTasks) {

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

  /** With task clustering on (the reference's behaviour). */
  public AnalysisOptions(double threshold, Aggregate aggregate, boolean includeChemistryRows,
      double clusterThreshold) {
    this(threshold, aggregate, includeChemistryRows, clusterThreshold, true);
  }

  /** The reference's defaults: theta 0.5, max, CHEMISTRY rows dropped, 0.85, clustered. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(0.5, Aggregate.MAX, false, 0.85, true);
  }

  public AnalysisOptions withThreshold(double t) {
    return new AnalysisOptions(t, aggregate, includeChemistryRows, clusterThreshold, clusterTasks);
  }

  public AnalysisOptions withAggregate(Aggregate a) {
    return new AnalysisOptions(threshold, a, includeChemistryRows, clusterThreshold, clusterTasks);
  }

  public AnalysisOptions withChemistryRows(boolean keep) {
    return new AnalysisOptions(threshold, aggregate, keep, clusterThreshold, clusterTasks);
  }

  /**
   * {@code false}: every distinct task string is its own task, in first-appearance order
   * (for a task column of labels); {@code true}: near-duplicate wordings merge (default).
   */
  public AnalysisOptions withTaskClustering(boolean cluster) {
    return new AnalysisOptions(threshold, aggregate, includeChemistryRows, clusterThreshold,
        cluster);
  }
}
