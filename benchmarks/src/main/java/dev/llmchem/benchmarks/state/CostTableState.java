package dev.llmchem.benchmarks.state;

import dev.llmchem.engine.mig.UsedMap;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A random positive cost table over |U| = u used models (all of S used), as the C yardstick
 * uses: costs uniform in [0.01, 1), seed fixed. Built once per trial.
 */
@State(Scope.Benchmark)
public class CostTableState {
  /** |U|. */
  @Param({"8", "12", "16", "20", "24", "26"})
  public int u;

  /** The table, 2^u cells. */
  public double[] cost;
  /** All u models used, in S order. */
  public UsedMap map;

  /** Builds the table. */
  @Setup(Level.Trial)
  public void setup() {
    cost = table(u, 20261126L);
    map = UsedMap.allUsed(u);
  }

  /** A positive table of 2^u cells from {@code seed}. */
  public static double[] table(int u, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] c = new double[1 << u];
    for (int i = 0; i < c.length; i++) {
      c[i] = 0.01 + 0.99 * r.nextDouble();
    }
    return c;
  }
}
