package dev.llmchem.benchmarks.state;

import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.RecommendProblem;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A random RECOMMEND problem of {@code n} models, built once per trial from a fixed seed:
 * chemistry uniform in [0, 1] with 30% zero pairs (CHEME's range), and n/2 + 2 historical
 * configurations of 2 to 5 models.
 */
@State(Scope.Benchmark)
public class RecommendState {
  /** Seed of every generated problem. */
  public static final long SEED = 20250301L;

  /** Number of models |S|. */
  @Param({"8", "12", "16", "20"})
  public int n;

  /** The problem. */
  public RecommendProblem problem;
  /** Reference defaults. */
  public RecommendParams params = RecommendParams.DEFAULTS;

  /** Builds the problem for the current {@link #n}. */
  @Setup(Level.Trial)
  public void setUp() {
    problem = build(n, SEED);
  }

  /** The problem of {@code n} models from {@code seed}; shared with the benchmark tests. */
  public static RecommendProblem build(int n, long seed) {
    Random rnd = new Random(seed + n);
    double[] chem = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = rnd.nextDouble() < 0.3 ? 0.0 : rnd.nextDouble();
        chem[i * n + j] = v;
        chem[j * n + i] = v;
      }
    }
    int configs = n / 2 + 2;
    long[] xq = new long[configs];
    for (int c = 0; c < configs; c++) {
      int size = 2 + rnd.nextInt(4);
      long m = 0;
      while (Long.bitCount(m) < Math.min(size, n)) {
        m |= 1L << rnd.nextInt(n);
      }
      xq[c] = m;
    }
    String[] names = new String[n];
    double[] a = new double[n];
    double[] q = new double[n];
    for (int i = 0; i < n; i++) {
      names[i] = String.format("model-%02d", i);
      a[i] = 0.1 + 0.9 * rnd.nextDouble();
      q[i] = 10 * rnd.nextDouble();
    }
    return RecommendProblem.of(names, chem, true, xq, a, q);
  }
}
