package dev.llmchem.engine.eval;

import dev.llmchem.engine.history.History;
import java.util.Arrays;

/**
 * Ensemble effectiveness by soft voting (paper section 5.1, reference RQ1): on each item the
 * members' accuracies on that item are averaged; the item counts as correct when the average
 * exceeds 0.5; effectiveness = correct items / items on which at least one member voted.
 *
 * <p>Votes come from the history, not from the configuration's own rows: per (model, item)
 * the accuracy of the last row in the file (every strategy, CHEMISTRY and unrecognised ones
 * included), as the reference's {@code load_actual_performance_data}. A member listed twice
 * (two distinct rows of one model) votes twice, as in the reference. Stored as a dense
 * model x item matrix with NaN for "no vote".
 */
public final class SoftVoting {
  /** The reference's success threshold: an item is correct when the mean vote exceeds it. */
  public static final double THRESHOLD = 0.5;

  private final int items;
  private final double[] votes;

  private SoftVoting(int items, double[] votes) {
    this.items = items;
    this.votes = votes;
  }

  /**
   * Votes of the rows {@code use[r]} of {@code h} (last row per model and item wins; rows
   * without an item id are skipped).
   */
  public static SoftVoting of(History h, boolean[] use) {
    int items = h.itemNames().length;
    double[] v = new double[h.modelCount() * items];
    Arrays.fill(v, Double.NaN);
    for (int r = 0; r < h.rows(); r++) {
      int item = h.item()[r];
      if (use[r] && item >= 0) {
        v[h.model()[r] * items + item] = h.accuracy()[r];
      }
    }
    return new SoftVoting(items, v);
  }

  /** A voting table from a dense matrix votes[model][item] (NaN = no vote); tests use it. */
  public static SoftVoting of(double[][] votes) {
    int items = votes.length == 0 ? 0 : votes[0].length;
    double[] v = new double[votes.length * items];
    for (int m = 0; m < votes.length; m++) {
      System.arraycopy(votes[m], 0, v, m * items, items);
    }
    return new SoftVoting(items, v);
  }

  /**
   * Effectiveness of the members {@code models} (history model ids, repeats count as extra
   * votes); 0 when no member voted on any item.
   */
  public double effectiveness(int[] models) {
    int correct = 0;
    int valid = 0;
    for (int item = 0; item < items; item++) {
      double sum = 0.0;
      int count = 0;
      for (int m : models) {
        double x = votes[m * items + item];
        if (!Double.isNaN(x)) {
          sum += x;
          count++;
        }
      }
      if (count > 0) {
        valid++;
        if (sum / count > THRESHOLD) {
          correct++;
        }
      }
    }
    return valid == 0 ? 0.0 : (double) correct / valid;
  }
}
