package dev.llmchem.engine.bootstrap;

import java.util.List;

/**
 * One task's bootstrap. Immutable.
 *
 * @param task the task's prototype
 * @param replicates B
 * @param seed the seed
 * @param unit what was resampled
 * @param units how many units (trials or rows) the task has, drawn per replicate
 * @param pairs every pair with a point entry, sorted by (a, b)
 * @param recommend RECOMMEND's stability, or null when it was not asked for
 */
public record TaskBootstrap(String task, int replicates, long seed, Unit unit, int units,
    List<PairInterval> pairs, RecommendStability recommend) {

  /** Copies the list. */
  public TaskBootstrap {
    pairs = List.copyOf(pairs);
  }

  /** The interval of a pair by names (either order), or null when it has no point entry. */
  public PairInterval pair(String a, String b) {
    for (PairInterval p : pairs) {
      if (p.a().equals(a) && p.b().equals(b) || p.a().equals(b) && p.b().equals(a)) {
        return p;
      }
    }
    return null;
  }
}
