package dev.llmchem.eval;

import dev.llmchem.engine.history.History;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Ensemble effectiveness by soft voting (paper section 5.1, reference RQ1): on each item the
 * members' accuracies on that item are averaged; the item counts as correct when the average
 * exceeds 0.5; effectiveness = correct items / items on which at least one member voted.
 *
 * <p>Votes come from the history, not from the configuration's own rows: per (model, item)
 * the accuracy of the last row in the file (every strategy, CHEMISTRY and unrecognised ones
 * included), as the reference's {@code load_actual_performance_data}. A member listed twice
 * (two distinct rows of one model) votes twice, as in the reference. Stored sparsely: per
 * model its items and votes.
 */
public final class SoftVoting {
  /** The reference's success threshold: an item is correct when the mean vote exceeds it. */
  public static final double THRESHOLD = 0.5;

  /** Per model: the items it voted on (ascending) and its vote on each. */
  private final int[][] items;
  private final double[][] votes;

  private SoftVoting(int[][] items, double[][] votes) {
    this.items = items;
    this.votes = votes;
  }

  /**
   * Votes of the rows {@code use[r]} of {@code h} (last row per model and item wins; rows
   * without an item id are skipped). Memory O(rows): models x items is never materialised.
   */
  public static SoftVoting of(History h, boolean[] use) {
    int models = h.modelCount();
    List<Map<Integer, Double>> last = new ArrayList<>(models);
    for (int m = 0; m < models; m++) {
      last.add(new HashMap<>());
    }
    for (int r = 0; r < h.rows(); r++) {
      int item = h.item(r);
      if (use[r] && item >= 0) {
        last.get(h.model(r)).put(item, h.accuracy(r));
      }
    }
    int[][] items = new int[models][];
    double[][] votes = new double[models][];
    for (int m = 0; m < models; m++) {
      Map<Integer, Double> v = last.get(m);
      items[m] = v.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      votes[m] = new double[items[m].length];
      for (int k = 0; k < items[m].length; k++) {
        votes[m][k] = v.get(items[m][k]);
      }
    }
    return new SoftVoting(items, votes);
  }

  /** A voting table from a dense matrix votes[model][item] (NaN = no vote); tests use it. */
  public static SoftVoting of(double[][] dense) {
    int[][] items = new int[dense.length][];
    double[][] votes = new double[dense.length][];
    for (int m = 0; m < dense.length; m++) {
      double[] row = dense[m];
      items[m] = IntStream.range(0, row.length).filter(i -> !Double.isNaN(row[i])).toArray();
      votes[m] = Arrays.stream(items[m]).mapToDouble(i -> row[i]).toArray();
    }
    return new SoftVoting(items, votes);
  }

  /**
   * Effectiveness of the members {@code models} (history model ids, repeats count as extra
   * votes); 0 when no member voted on any item. Each item's votes are summed in member order.
   */
  public double effectiveness(int[] models) {
    int n = 0;
    for (int m : models) {
      n += items[m].length;
    }
    long[] keyed = new long[n]; // item << 32 | position, so a sort keeps member order per item
    double[] vote = new double[n];
    int k = 0;
    for (int m : models) {
      for (int i = 0; i < items[m].length; i++) {
        keyed[k] = ((long) items[m][i] << 32) | k;
        vote[k] = votes[m][i];
        k++;
      }
    }
    Arrays.sort(keyed);
    int correct = 0;
    int valid = 0;
    for (int a = 0; a < n;) {
      long item = keyed[a] >>> 32;
      double sum = 0.0;
      int count = 0;
      for (; a < n && keyed[a] >>> 32 == item; a++) {
        sum += vote[(int) keyed[a]];
        count++;
      }
      valid++;
      if (sum / count > THRESHOLD) {
        correct++;
      }
    }
    return valid == 0 ? 0.0 : (double) correct / valid;
  }
}
