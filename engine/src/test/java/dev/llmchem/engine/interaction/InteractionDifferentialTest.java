package dev.llmchem.engine.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.cheme.CostTables;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.testutil.Seeds;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Randomised differential tests: the direct kernel (sequential, 2, 3 and 8 workers, tiny and
 * default blocks) and the Moebius route against the naive sum of the definition, on random
 * tables of n = 0..14 players. These are sums in different orders, not bit-identical: the
 * tolerance is {@value #TOL} times the table's largest |v| (the error bound of the package
 * documentation, with a wide margin; observed errors are printed). Thread counts must give
 * bit-identical matrices.
 */
class InteractionDifferentialTest {
  /** Tolerance relative to max |v| (direct kernel and naive sum: ~1e-15 observed). */
  static final double TOL = 1e-12;
  /** The Moebius route loses more to cancellation (see package documentation). */
  static final double MOEBIUS_TOL = 1e-10;
  private static final int[] THREADS = {2, 3, 8};
  private static ForkJoinPool[] pools;
  private static double worst;
  private static double worstMoebius;

  @BeforeAll
  static void pools() {
    pools = new ForkJoinPool[THREADS.length];
    for (int i = 0; i < THREADS.length; i++) {
      pools[i] = new ForkJoinPool(THREADS[i]);
    }
  }

  @AfterAll
  static void shutdown() {
    for (ForkJoinPool p : pools) {
      p.shutdown();
    }
    System.out.printf("largest error / max|v|: direct %.3g, Moebius %.3g%n", worst, worstMoebius);
  }

  @Test
  void positiveTables() {
    run(Seeds.seed("interaction positiveTables"), 0);
  }

  @Test
  void eq1Tables() {
    run(Seeds.seed("interaction eq1Tables"), 1);
  }

  @Test
  void tablesWithZeros() {
    run(Seeds.seed("interaction tablesWithZeros"), 2);
  }

  /** Costs in [1, 1.01): small interactions on a large offset. */
  @Test
  void nearConstantTables() {
    run(Seeds.seed("interaction nearConstantTables"), 3);
  }

  /** Signed values of any magnitude (a caller's game need not be a cost). */
  @Test
  void signedScaledTables() {
    run(Seeds.seed("interaction signedScaledTables"), 4);
  }

  private static void run(long seed, int kind) {
    Random r = new Random(seed);
    for (int n = 0; n <= 14; n++) {
      for (int rep = 0; rep < (n <= 8 ? 6 : 2); rep++) {
        double[] v = switch (kind) {
          case 0 -> CostTables.positive(n, r);
          case 1 -> CostTables.eq1(n, r, rep % 2 == 0 ? 0.5 : 0.1);
          case 2 -> CostTables.withZeros(n, r, 0.5);
          case 3 -> shifted(CostTables.positive(n, r));
          default -> signed(n, r);
        };
        for (InteractionIndex index : InteractionIndex.values()) {
          check(v, index, r, "seed=" + seed + " kind=" + kind + " n=" + n + " " + index);
        }
      }
    }
  }

  static void check(double[] v, InteractionIndex index, Random r, String what) {
    double[] naive = NaiveInteraction.compute(v, index);
    double[] seq = DenseInteraction.sequential(v, index);
    double scale = maxAbs(v);
    worst = Math.max(worst, assertClose(seq, naive, scale, TOL, what + " direct"));
    for (int i = 0; i < THREADS.length; i++) {
      assertThat(DenseInteraction.parallel(v, index, pools[i], ProgressListener.NONE))
          .as(what + " threads " + THREADS[i]).isEqualTo(seq);
    }
    int lowBits = 1 + r.nextInt(3);
    double[] tiny = DenseInteraction.compute(v, index, pools[1], ProgressListener.NONE, lowBits);
    assertClose(tiny, naive, scale, TOL, what + " low bits " + lowBits);
    worstMoebius = Math.max(worstMoebius, assertClose(MoebiusInteraction.compute(v, index),
        naive, scale, MOEBIUS_TOL, what + " Moebius"));
  }

  /** Asserts |a - b| &lt;= tol * scale everywhere; returns the largest |a - b| / scale. */
  static double assertClose(double[] a, double[] b, double scale, double tol, String what) {
    assertThat(a).as(what + " shape").hasSameSizeAs(b);
    double s = scale == 0 ? 1 : scale;
    double err = 0;
    for (int k = 0; k < a.length; k++) {
      err = Math.max(err, Math.abs(a[k] - b[k]) / s);
    }
    assertThat(err).as(what + ": largest error / max|v|").isLessThanOrEqualTo(tol);
    return err;
  }

  static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  private static double[] shifted(double[] c) {
    for (int i = 0; i < c.length; i++) {
      c[i] = 1 + c[i] / 100;
    }
    return c;
  }

  private static double[] signed(int n, Random r) {
    double scale = Math.pow(10, r.nextInt(41) - 20);
    double[] v = new double[1 << n];
    for (int i = 0; i < v.length; i++) {
      v[i] = (2 * r.nextDouble() - 1) * scale;
    }
    return v;
  }
}
