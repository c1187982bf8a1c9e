package dev.llmchem.eval;

import dev.llmchem.engine.history.Strategy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of Table 1 (RQ1): mean ensemble effectiveness of CHEMISTRY configurations of one
 * size group against the best baseline.
 *
 * @param task the task prototype
 * @param group the size group
 * @param chemistry mean effectiveness of CHEMISTRY configurations (NaN when there are none)
 * @param baseline the baseline with the highest mean (null when no baseline has configurations)
 * @param bestBaseline that mean (NaN without a baseline)
 * @param improvementPct (chemistry - best) / best * 100 (+infinity when best is 0)
 * @param pValue Student's two-sample t-test of CHEMISTRY vs the best baseline; 1 when either
 *     has fewer than 2 configurations (the reference's rule), NaN when both are constant and equal
 * @param strategies per strategy (reference order): configuration count and mean effectiveness
 *     (copied; unmodifiable)
 */
public record Rq1Row(String task, SizeGroup group, double chemistry, Strategy baseline,
    double bestBaseline, double improvementPct, double pValue,
    Map<Strategy, Summary> strategies) {

  /** Copies {@code strategies} into an unmodifiable map of the same order. */
  public Rq1Row {
    strategies = Collections.unmodifiableMap(new LinkedHashMap<>(strategies));
  }

  /** Configurations of one strategy in the group and their mean effectiveness. */
  public record Summary(int configurations, double mean) { }

  /** The reference's abbreviation of the baseline ("Perf.", "Rand.", "Remo.", "Local"). */
  public String baselineAbbreviation() {
    if (baseline == null) {
      return "-";
    }
    String w = baseline.name().charAt(0) + baseline.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    return w.length() > 4 ? w.substring(0, 4) + "." : w;
  }

  /** Whether the row has a comparison (CHEMISTRY and a baseline both have configurations). */
  public boolean compared() {
    return baseline != null && !Double.isNaN(chemistry);
  }
}
