package dev.llmchem.spark;

import dev.llmchem.engine.profile.Aggregate;
import dev.llmchem.engine.profile.AnalysisOptions;
import java.io.Serializable;

/**
 * The engine's {@link AnalysisOptions} in a form executors receive (the record is not
 * serializable); {@link #options()} rebuilds them, so they are checked as the engine checks.
 */
record AnalysisSpec(double threshold, Aggregate aggregate, boolean keepChemistryRows,
    double clusterThreshold, boolean clusterTasks) implements Serializable {

  static AnalysisSpec of(AnalysisOptions o) {
    return new AnalysisSpec(o.threshold(), o.aggregate(), o.includeChemistryRows(),
        o.clusterThreshold(), o.clusterTasks());
  }

  AnalysisOptions options() {
    return new AnalysisOptions(threshold, aggregate, keepChemistryRows, clusterThreshold,
        clusterTasks);
  }
}
