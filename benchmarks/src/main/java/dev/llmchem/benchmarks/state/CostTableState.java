package dev.llmchem.benchmarks.state;

import dev.llmchem.engine.mig.UsedMap;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A random positive cost table over |U| = u used models (all of S used), seed fixed, in one of
 * two distributions the C yardstick also has ({@code COSTS} in benchmarks/yardstick):
 * {@code limit}, uniform in [1, 1.5): every term is below 1, so no pair saturates and the
 * kernel evaluates all C(u,2) 2^(u-2) terms (compare kernels, and Java with C, on this one);
 * {@code java}, uniform in [0.01, 1): most pairs' maximum passes 1 within the first sub-cubes
 * and the dense driver stops sweeping them (DenseDriver#open), as on real histories, where
 * about half of the pairs saturate. Built once per trial.
 */
@State(Scope.Benchmark)
public class CostTableState {
  /** |U|. */
  @Param({"8", "12", "16", "20", "24", "26"})
  public int u;

  /** The distribution: "limit" or "java" (above); "java" when not set by JMH. */
  @Param({"limit", "java"})
  public String costs = "java";

  /** The table, 2^u cells. */
  public double[] cost;
  /** All u models used, in S order. */
  public UsedMap map;

  /** Builds the table. */
  @Setup(Level.Trial)
  public void setup() {
    cost = table(u, 20261126L, costs);
    map = UsedMap.allUsed(u);
  }

  /** A table of 2^u cells uniform in [0.01, 1) from {@code seed} (distribution "java"). */
  public static double[] table(int u, long seed) {
    return table(u, seed, "java");
  }

  /** A table of 2^u cells from {@code seed} in distribution {@code costs} (above). */
  public static double[] table(int u, long seed, String costs) {
    double lo;
    double w;
    switch (costs) {
      case "java" -> {
        lo = 0.01;
        w = 0.99;
      }
      case "limit" -> {
        lo = 1.0;
        w = 0.5;
      }
      default -> throw new IllegalArgumentException("costs: limit or java, got " + costs);
    }
    SplittableRandom r = new SplittableRandom(seed);
    double[] c = new double[1 << u];
    for (int i = 0; i < c.length; i++) {
      c[i] = lo + w * r.nextDouble();
    }
    return c;
  }
}
