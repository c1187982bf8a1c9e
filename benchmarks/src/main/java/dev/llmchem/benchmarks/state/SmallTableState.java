package dev.llmchem.benchmarks.state;

import dev.llmchem.engine.mig.UsedMap;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Small tables for the naive oracle (O(2^s s^2) hash lookups), |S| = |U| = smallU. */
@State(Scope.Benchmark)
public class SmallTableState {
  /** |U| for the naive baseline. */
  @Param({"8", "12"})
  public int smallU;

  /** The table. */
  public double[] cost;
  /** All used. */
  public UsedMap map;

  /** Builds the table. */
  @Setup(Level.Trial)
  public void setup() {
    cost = CostTableState.table(smallU, 20261126L);
    map = UsedMap.allUsed(smallU);
  }
}
