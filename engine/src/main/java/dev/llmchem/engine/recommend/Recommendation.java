package dev.llmchem.engine.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer of RECOMMEND for one task. Immutable and thread-safe.
 *
 * @param reason why this is the answer
 * @param mask the recommended models (bit i = model i); 0 means nothing is recommended
 *     (every real recommendation has at least one member)
 * @param loss the loss of {@code mask} by full recomputation; NaN when nothing is recommended
 *     or for a fallback answer (the loss is undefined without chemistry)
 * @param details counts and a one-line explanation for the CLI
 */
public record Recommendation(Reason reason, long mask, double loss, Details details) {

  /**
   * What the method looked at, to explain the answer.
   *
   * @param models n = |S|
   * @param configurations distinct configurations in X_Q
   * @param tooSmall configurations of X_Q below the minimum size (unrestricted local search)
   * @param withoutChemistry configurations with no pair of chem &gt; 0 (local search)
   * @param starts local-search starts actually used
   * @param evaluations loss evaluations performed (neighbours or subsets)
   * @param moves accepted hill-climbing moves, over all starts
   * @param maxTotalChem maxT (NaN for a fallback)
   * @param maxInterChem maxI (NaN for a fallback)
   * @param targetSize the requested size N, or 0 for any size
   * @param explanation one sentence for humans, no trailing newline
   */
  public record Details(int models, int configurations, int tooSmall, int withoutChemistry,
      int starts, long evaluations, int moves, double maxTotalChem, double maxInterChem,
      int targetSize, String explanation) { }

  /** True when some models are recommended. */
  public boolean isPresent() {
    return mask != 0;
  }

  /** The recommended model indices, ascending (empty when nothing is recommended). */
  public int[] members() {
    return Masks.members(mask);
  }

  /** The recommended model names, in index (= name) order. Allocates. */
  public List<String> names(RecommendProblem problem) {
    List<String> out = new ArrayList<>();
    for (int i : members()) {
      out.add(problem.name(i));
    }
    return out;
  }
}
