package dev.llmchem.benchmarks;

import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.cost.NaiveCost;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Eq. 1 cost table over 2^|U| subsets: the O(2^|U|) rank-ordered kernel against the
 * naive twin that sorts every subset. Naive runs only where it finishes (|U| &lt;= 20).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CostTableBenchmark {
  @Param({"12", "16", "20", "24", "26"})
  public int u;

  double[] q;
  double[] a;
  double[] penalty;
  String[] names;
  int[] all;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(42);
    q = new double[u];
    a = new double[u];
    names = new String[u];
    for (int i = 0; i < u; i++) {
      q[i] = 10.0 - i * 0.3 - rnd.nextDouble(0.1); // already in rank order
      a[i] = rnd.nextDouble(0.51, 1.0);
      names[i] = String.format("m%03d", i);
    }
    penalty = new double[u];
    for (int i = 0; i < u; i++) {
      penalty[i] = (1 - q[i] / 10.0) * (1 - a[i]);
    }
  }

  /** The engine's kernel: one addition per subset. */
  @Benchmark
  public double[] fast() {
    return CostKernel.eq1Table(penalty);
  }

  /** Naive twin: collect and sort every subset (only |U| &lt;= 20). */
  @Benchmark
  public void naive(Blackhole bh) {
    if (u > 20) {
      throw new IllegalStateException("naive cost table skipped above |U| = 20");
    }
    int[] buf = new int[u];
    for (int mask = 0; mask < 1 << u; mask++) {
      int k = 0;
      for (int m = mask; m != 0; m &= m - 1) {
        buf[k++] = Integer.numberOfTrailingZeros(m);
      }
      bh.consume(NaiveCost.cost(java.util.Arrays.copyOf(buf, k), names, q, a, 0.5));
    }
  }
}
