package dev.llmchem.benchmarks.state;

import dev.llmchem.benchmarks.baseline.ReferenceStyleCheme;
import dev.llmchem.engine.mig.UsedMap;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * |S| = s models of which the last {@link #unused} are unused, a random positive cost table
 * over the used ones, and the S-indexed cost function both the reference-style baseline and
 * the naive oracle read. The baseline's object MIG is rebuilt by each call (the reference
 * builds it per run), so only inputs live here.
 */
@State(Scope.Benchmark)
public class ReferenceState {
  /** |S|. */
  @Param({"12", "16"})
  public int s;

  /** Models of S outside U. */
  @Param({"0"})
  public int unused;

  /** Model names m00, m01, ... (bit i = names[i]). */
  public String[] names;
  /** U embedded in S (the first s - unused models). */
  public UsedMap map;
  /** Cost table over U, 2^|U| cells. */
  public double[] cost;

  /** Builds the inputs. */
  @Setup(Level.Trial)
  public void setup() {
    int u = s - unused;
    int[] uToS = new int[u];
    for (int j = 0; j < u; j++) {
      uToS[j] = j;
    }
    map = new UsedMap(s, uToS);
    cost = CostTableState.table(u, 20261126L + s);
    names = new String[s];
    for (int i = 0; i < s; i++) {
      names[i] = String.format("m%02d", i);
    }
  }

  /** cost of an S mask: the table at its used part. */
  public double costOfMask(long sMask) {
    return cost[map.compress(sMask)];
  }

  /** A fresh object MIG of the reference style over these inputs. */
  public ReferenceStyleCheme referenceStyle() {
    return ReferenceStyleCheme.build(names, map.usedMask(), this::costOfMask);
  }
}
