package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.mig.UsedMap;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Randomised differential tests: the naive oracle (through MIG covering lookups) against the
 * dense kernel, sequential and parallel (1, 2, 3, 8 workers), default and tiny block plans.
 * Tables: positive, Eq. 1 with zero penalties, many zeros, and zeros with extreme costs (the
 * general zero test).
 */
class DenseChemeDifferentialTest {
  private static final int[] THREADS = {1, 2, 3, 8};
  private static ForkJoinPool[] pools;

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
  }

  @Test
  void positiveTables() {
    run(20250301L, 0);
  }

  @Test
  void eq1TablesWithZeroPenalties() {
    run(20250302L, 1);
  }

  @Test
  void tablesFullOfZeros() {
    run(20250303L, 2);
  }

  /** Without the incubator module the engine runs the scalar loops and refuses VECTOR. */
  @Test
  void vectorKernelOnlyWithTheIncubatorModule() {
    UsedMap map = UsedMap.allUsed(4);
    double[] c = CostTables.positive(4, new Random(1));
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      assertThat(DenseCheme.vectorAvailable()).isFalse();
      assertThat(DenseCheme.kernelName(DenseCheme.Kernel.AUTO, DenseCheme.VECTOR_COLD_FROM_U)).isEqualTo("scalar");
      assertThatThrownBy(() -> DenseCheme.sequential(c, map, DenseCheme.Kernel.VECTOR))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("--add-modules");
    } else {
      assertThat(DenseCheme.sequential(c, map, DenseCheme.Kernel.AUTO))
          .isEqualTo(DenseCheme.sequential(c, map, DenseCheme.Kernel.SCALAR));
    }
  }

  /**
   * Costs in [1, 1.01): values near 0.01, far below the clip at 1 (with [0.01, 1) every value
   * clips to 1, so only these and the Eq. 1 tables tell a wrong maximum from a right one).
   */
  @Test
  void nearConstantTables() {
    run(20250305L, 4);
  }

  /** Zeros plus costs outside [2^-200, 2^200]: the general zero test (no product) must run. */
  @Test
  void extremeTablesWithZeros() {
    run(20250304L, 3);
  }

  /**
   * Zeros plus costs over the whole double range, a third near Double.MAX_VALUE: numerators
   * overflow to infinity, in kept and in skipped terms (a skipped one used to make the pair's
   * chemistry NaN: 0 * infinity in the general zero test).
   */
  @Test
  void overflowingTablesWithZeros() {
    run(20261207L, 5);
  }

  private static void run(long seed, int kind) {
    System.out.println("seed=" + seed);
    Random r = new Random(seed);
    for (int s = 1; s <= 14; s++) {
      int reps = s <= 8 ? 12 : 3;
      for (int rep = 0; rep < reps; rep++) {
        int u = rep == 0 ? s : rep == 1 ? 0 : r.nextInt(s + 1);
        int[] uToS = CostTables.randomUToS(s, u, r);
        double[] c = switch (kind) {
          case 0 -> CostTables.positive(u, r);
          case 1 -> CostTables.eq1(u, r, rep % 3 == 0 ? 0.6 : 0.2);
          case 2 -> CostTables.withZeros(u, r, rep % 2 == 0 ? 0.3 : 0.8);
          case 4 -> shifted(CostTables.positive(u, r));
          case 5 -> overflowing(u, r);
          default -> scaled(CostTables.withZeros(u, r, 0.2), rep % 2 == 0 ? 1e-70 : 1e70);
        };
        check(c, new UsedMap(s, uToS), r, "seed=" + seed + " s=" + s + " u=" + u);
      }
    }
  }

  /** Float checks only where costs are well inside float range (not the extreme tables). */
  /** c -> 1 + c / 100: costs in [1, 1.01). */
  private static double[] shifted(double[] c) {
    for (int i = 0; i < c.length; i++) {
      c[i] = 1 + c[i] / 100;
    }
    return c;
  }

  /** 2^u costs: a sixth 0, a third in [MAX/2, MAX], the rest 2^-1000 .. 2^1022 at random. */
  private static double[] overflowing(int u, Random r) {
    double[] c = new double[1 << u];
    for (int i = 0; i < c.length; i++) {
      int k = r.nextInt(6);
      c[i] = k == 0 ? 0.0 : k <= 2 ? Double.MAX_VALUE * (0.5 + 0.5 * r.nextDouble())
          : Math.scalb(1 + r.nextDouble(), r.nextInt(2023) - 1000);
    }
    return c;
  }

  private static double[] scaled(double[] c, double f) {
    for (int i = 0; i < c.length; i++) {
      c[i] *= f;
    }
    return c;
  }

  static void check(double[] c, UsedMap map, Random r, String what) {
    ChemMatrix naive = NaiveCheme.compute(c, map);
    ChemMatrix seq = DenseCheme.sequential(c, map, DenseCheme.Kernel.SCALAR);
    assertSame(naive, seq, map, what + " sequential");
    if (DenseCheme.vectorAvailable()) {
      assertThat(DenseCheme.sequential(c, map, DenseCheme.Kernel.VECTOR)).as(what + " vector")
          .isEqualTo(seq);
    }
    for (int i = 0; i < THREADS.length; i++) {
      ChemMatrix par = DenseCheme.parallel(c, map, pools[i], ProgressListener.NONE);
      assertThat(par).as(what + " parallel " + THREADS[i]).isEqualTo(seq);
    }
    if (map.u() >= 3) {
      int lane = 1 + r.nextInt(3);
      int high = 1 + r.nextInt(3);
      ChemMatrix tiny = DenseCheme.compute(c, map, 1 + r.nextInt(3), pools[1],
          ProgressListener.NONE, lane, high, DenseKernel.SCALAR);
      assertThat(tiny).as(what + " plan " + lane + "/" + high).isEqualTo(seq);
    }
  }

  /** Same entries; bit-identical inside U; outside U the oracle may keep ~1e-17 residue. */
  static void assertSame(ChemMatrix naive, ChemMatrix fast, UsedMap map, String what) {
    assertThat(fast.sameEntries(naive)).as(what + " entries").isTrue();
    assertThat(fast.entryCount()).as(what + " entry count").isEqualTo(naive.entryCount());
    long used = map.usedMask();
    for (int a = 0; a < map.s(); a++) {
      for (int b = 0; b < map.s(); b++) {
        boolean inside = (used >>> a & 1) != 0 && (used >>> b & 1) != 0;
        if (inside) {
          assertThat(fast.chem(a, b)).as(what + " chem(" + a + "," + b + ")")
              .isEqualTo(naive.chem(a, b));
        } else {
          assertThat(fast.chem(a, b)).as(what + " outside chem(" + a + "," + b + ")")
              .isEqualTo(0.0);
          assertThat(naive.chem(a, b)).as(what + " oracle residue").isLessThan(1e-12);
        }
      }
    }
  }
}
