package dev.llmchem.engine.bootstrap;

import java.util.List;

/**
 * How stable RECOMMEND's answer is under the bootstrap. Immutable.
 *
 * @param point the point recommendation (sorted names; empty = nothing)
 * @param pointReason its reason (JSON spelling)
 * @param pointLoss its loss (NaN for fallbacks and no answer)
 * @param same replicates recommending exactly the point set
 * @param sets the most frequent recommended sets, by count descending, then names
 *     (at most {@value #TOP_SETS}; an empty set = nothing recommended)
 * @param distinctSets how many distinct answers the replicates gave
 * @param inclusion every model of S with the share of replicates whose set includes it, by
 *     share descending, then name
 * @param loss the loss over the replicates with a finite loss ({@link Summary#n()} of them)
 * @param reasons each reason that occurred (in the order of the engine's reasons) and its count
 */
public record RecommendStability(List<String> point, String pointReason, double pointLoss,
    Frequency same, List<Frequency> sets, int distinctSets, List<Frequency> inclusion,
    Summary loss, List<ReasonCount> reasons) {

  /** Sets listed in {@link #sets}. */
  public static final int TOP_SETS = 5;

  /** Copies the lists. */
  public RecommendStability {
    point = List.copyOf(point);
    sets = List.copyOf(sets);
    inclusion = List.copyOf(inclusion);
    reasons = List.copyOf(reasons);
  }

  /** A reason and how many replicates gave it. */
  public record ReasonCount(String reason, int count) { }
}
