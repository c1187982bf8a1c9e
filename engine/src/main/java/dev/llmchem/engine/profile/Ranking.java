package dev.llmchem.engine.profile;

import dev.llmchem.engine.history.History;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference's {@code rank} (SPEC section 10): models by accuracy over every row of the
 * history (every strategy, CHEMISTRY included). Each model's best (max) accuracy, or its
 * mean with {@link By#MEAN}, sorted descending. Ties (common: several models reach 1.0),
 * which the reference leaves in arbitrary order, are broken here by the other statistic
 * descending (mean for {@code MAX}, max for {@code MEAN}), then by name ascending.
 */
public final class Ranking {
  /** The statistic ranked by. */
  public enum By { MAX, MEAN }

  /** One model's accuracy statistics over all rows. */
  public record Entry(String model, double max, double mean, int rows) { }

  private Ranking() { }

  /** All models, best first. */
  public static List<Entry> rank(History h, By by) {
    int n = h.modelCount();
    double[] max = new double[n];
    double[] sum = new double[n];
    int[] count = new int[n];
    java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (int r = 0; r < h.rows(); r++) {
      int m = h.model(r);
      double acc = h.accuracy(r);
      max[m] = Math.max(max[m], acc);
      sum[m] += acc;
      count[m]++;
    }
    List<Entry> out = new ArrayList<>();
    for (int m = 0; m < n; m++) {
      if (count[m] > 0) {
        out.add(new Entry(h.modelName(m), max[m], sum[m] / count[m], count[m]));
      }
    }
    Comparator<Entry> byMax = Comparator.comparingDouble(Entry::max).reversed();
    Comparator<Entry> byMean = Comparator.comparingDouble(Entry::mean).reversed();
    Comparator<Entry> order = by == By.MAX ? byMax.thenComparing(byMean) : byMean.thenComparing(byMax);
    out.sort(order.thenComparing(Entry::model));
    return List.copyOf(out);
  }

  /** The first {@code k} of a ranking (all when k exceeds it; none when k &lt;= 0). */
  public static List<Entry> top(List<Entry> ranking, int k) {
    return k <= 0 ? List.of() : ranking.subList(0, Math.min(k, ranking.size()));
  }
}
