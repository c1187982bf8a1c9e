package dev.llmchem.eval;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.task.TaskIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a task cluster's rows into {@link Configuration}s, one per (trial, strategy) pair.
 * Rows without a recognised strategy (runs.csv's shifted rows) belong to none.
 *
 * <p>Order (it decides ties when the maps pick a representative): per strategy, the
 * reference's {@code group_by_strategy} groups trials by their number (the last
 * whitespace-separated token of the name) in order of first appearance, then by trial. We
 * keep that order. Unlike the reference, a trial name without a space is kept (the reference
 * drops such rows; the real files have none).
 */
public final class Configurations {
  private final Map<Strategy, List<Configuration>> byStrategy;

  private Configurations(Map<Strategy, List<Configuration>> byStrategy) {
    this.byStrategy = byStrategy;
  }

  /** The configurations of strategy {@code s} in the reference's order (unmodifiable). */
  public List<Configuration> of(Strategy s) {
    return byStrategy.getOrDefault(s, List.of());
  }

  /** Configurations of {@code s} whose row count the group takes under {@code rule}. */
  public List<Configuration> of(Strategy s, SizeGroup g, SizeGroup.Rule rule) {
    return of(s).stream().filter(c -> g.contains(c.rows(), rule)).toList();
  }

  /**
   * Every configuration of the rows of {@code h} whose task string lies in cluster
   * {@code cluster} of {@code index} (task strings unknown to the index belong to none).
   */
  public static Configurations build(History h, TaskIndex index, int cluster) {
    boolean[] inCluster = new boolean[h.taskCount()];
    for (int t = 0; t < inCluster.length; t++) {
      inCluster[t] = index.clusterOf(h.taskName(t)) == cluster;
    }
    Map<Long, Builder> builders = new LinkedHashMap<>();
    Map<Long, Integer> numberSeen = new HashMap<>();
    Map<String, Integer> numberIds = new HashMap<>();
    for (int r = 0; r < h.rows(); r++) {
      byte strategy = h.strategy(r);
      if (strategy == Strategy.NONE || !inCluster[h.task(r)]) {
        continue;
      }
      int trial = h.trial(r);
      long key = ((long) strategy << 32) | trial;
      Builder b = builders.get(key);
      if (b == null) {
        int number = numberIds.computeIfAbsent(trialNumber(h.trialName(trial)),
            k -> numberIds.size());
        long nKey = ((long) strategy << 32) | number;
        int order = numberSeen.computeIfAbsent(nKey, k -> numberSeen.size());
        b = new Builder(Strategy.ofCode(strategy), h.trialName(trial), trial, order,
            builders.size());
        builders.put(key, b);
      }
      b.add(h.model(r), h.quality(r), h.accuracy(r));
    }
    Map<Strategy, List<Builder>> grouped = new LinkedHashMap<>();
    for (Builder b : builders.values()) {
      grouped.computeIfAbsent(b.strategy, k -> new ArrayList<>()).add(b);
    }
    Map<Strategy, List<Configuration>> out = new LinkedHashMap<>();
    grouped.forEach((s, list) -> out.put(s, list.stream()
        .sorted(Comparator.comparingInt((Builder b) -> b.numberOrder).thenComparingInt(b -> b.seen))
        .map(Builder::build).toList()));
    return new Configurations(out);
  }

  /** The reference's trial "number": the last whitespace-separated token. */
  static String trialNumber(String trial) {
    String[] parts = trial.trim().split("\\s+");
    return parts[parts.length - 1];
  }

  /** Collects one configuration's rows, keeping distinct (model, q, a) members in order. */
  private static final class Builder {
    final Strategy strategy;
    final String trial;
    final int trialId;
    final int numberOrder;
    final int seen;
    int rows;
    int[] models = new int[4];
    double[] q = new double[4];
    double[] a = new double[4];
    int n;

    Builder(Strategy strategy, String trial, int trialId, int numberOrder, int seen) {
      this.strategy = strategy;
      this.trial = trial;
      this.trialId = trialId;
      this.numberOrder = numberOrder;
      this.seen = seen;
    }

    void add(int model, double quality, double accuracy) {
      rows++;
      for (int i = 0; i < n; i++) {
        if (models[i] == model && q[i] == quality && a[i] == accuracy) {
          return;
        }
      }
      if (n == models.length) {
        models = Arrays.copyOf(models, 2 * n);
        q = Arrays.copyOf(q, 2 * n);
        a = Arrays.copyOf(a, 2 * n);
      }
      models[n] = model;
      q[n] = quality;
      a[n] = accuracy;
      n++;
    }

    Configuration build() {
      return new Configuration(strategy, trial, trialId, rows, trim(models), trim(q), trim(a));
    }

    /** The filled part; the record copies what it is given, so a full array is passed as is. */
    private int[] trim(int[] v) {
      return v.length == n ? v : Arrays.copyOf(v, n);
    }

    private double[] trim(double[] v) {
      return v.length == n ? v : Arrays.copyOf(v, n);
    }
  }
}
