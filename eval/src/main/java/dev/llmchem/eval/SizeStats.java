package dev.llmchem.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Row counts of a list of configurations: what the reference's maps script logs for the N=10
 * group ("Group 3 stats: min=6, max=10, mean=9.59, median=10.0").
 */
public record SizeStats(int count, int min, int max, double mean, double median) {
  /** Statistics of the configurations' row counts (NaN mean and median when empty). */
  public static SizeStats of(List<Configuration> cs) {
    int[] r = cs.stream().mapToInt(Configuration::rows).sorted().toArray();
    if (r.length == 0) {
      return new SizeStats(0, 0, 0, Double.NaN, Double.NaN);
    }
    double mean = Arrays.stream(r).asDoubleStream().sum() / r.length;
    int h = r.length / 2;
    double median = r.length % 2 == 1 ? r[h] : (r[h - 1] + r[h]) / 2.0;
    return new SizeStats(r.length, r[0], r[r.length - 1], mean, median);
  }
}
