package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.PoolState;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.cheme.Eq1Cheme;
import dev.llmchem.engine.cheme.Eq1Result;
import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.mig.UsedMap;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact Eq. 1 CHEME (Eq1Cheme, O(|U|^4 * steps)) against |U|, beside the exhaustive dense
 * kernel (O(|U|^2 2^|U|)) where it can run. Profiles (seed 7, S = U): {@code wide}: penalties
 * uniform in [0, 1] with 10% zeros (theta = 0 style: X = {} rarely reaches 1, so the programme
 * decides most pairs; the hard case); {@code typical}: q in [0, 10], a in (0.5, 1] as with the
 * default theta (penalties &lt; 0.5, X = {} already gives 1, so most pairs cost O(|U|)).
 * One call per op, all cores (a dedicated pool of availableProcessors workers); seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ChemeEq1Benchmark {

  /** Penalties in rank order for |U| = n of the given kind. */
  static double[] penalties(int n, String kind) {
    Random r = new Random(7);
    double[] p = new double[n];
    for (int k = 0; k < n; k++) {
      if (kind.equals("wide")) {
        p[k] = r.nextDouble() < 0.1 ? 0.0 : r.nextDouble();
      } else {
        p[k] = (1 - r.nextInt(21) * 0.05) * (1 - (0.5 + 0.5 * r.nextDouble()));
      }
    }
    return p;
  }

  /** Inputs of the exact method. */
  @State(Scope.Benchmark)
  public static class Eq1State {
    @Param({"16", "32", "64", "128", "256"})
    public int n;

    @Param({"wide", "typical"})
    public String kind;

    double[] p;
    int[] r2s;

    @Setup(Level.Trial)
    public void up() {
      p = penalties(n, kind);
      r2s = new int[n];
      for (int k = 0; k < n; k++) {
        r2s[k] = k;
      }
    }
  }

  /** Inputs of the dense kernel (table built in setup, not timed). */
  @State(Scope.Benchmark)
  public static class DenseState {
    @Param({"16", "20", "24"})
    public int n;

    @Param({"wide"})
    public String kind;

    double[] table;
    UsedMap map;

    @Setup(Level.Trial)
    public void up() {
      table = CostKernel.eq1Table(penalties(n, kind));
      int[] r2s = new int[n];
      for (int k = 0; k < n; k++) {
        r2s[k] = k;
      }
      map = new UsedMap(n, r2s);
    }
  }

  /** Exact Eq. 1 CHEME with witnesses, all cores. */
  @Benchmark
  public Eq1Result exactEq1(Eq1State st, PoolState pool) {
    return Eq1Cheme.parallel(st.p, st.r2s, st.n, pool.pool, ProgressListener.NONE);
  }

  /** The exhaustive dense kernel over the 2^|U| table, all cores (the oracle). */
  @Benchmark
  public ChemMatrix dense(DenseState st, PoolState pool) {
    return DenseCheme.parallel(st.table, st.map, pool.pool, ProgressListener.NONE);
  }
}
