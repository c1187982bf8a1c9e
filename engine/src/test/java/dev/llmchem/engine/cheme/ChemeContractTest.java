package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.mig.UsedMap;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One contract, one row per CHEME variant: adding a variant costs one line. */
class ChemeContractTest {
  private static final ForkJoinPool POOL3 = new ForkJoinPool(3);

  static Stream<Arguments> variants() {
    return Stream.of(
        row("naive", NaiveCheme::compute, 0),
        row("dense-sequential", DenseCheme::sequential, 0),
        row("dense-parallel-common", DenseCheme::parallel, 0),
        row("dense-parallel-3", (c, m) -> DenseCheme.parallel(c, m, POOL3,
            ProgressListener.NONE), 0));
  }

  private static Arguments row(String name, BiFunction<double[], UsedMap, ChemMatrix> f,
      double tol) {
    return Arguments.of(name, f, tol);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void contract(String name, BiFunction<double[], UsedMap, ChemMatrix> f, double tol) {
    // The SPEC 4 example: (q, a) = (9, .9), (8, .8), (7, .7) -> penalties .01, .04, .09.
    double[] p = {0.01, 0.04, 0.09};
    double[] cost = new double[8];
    cost[0] = 1.0;
    for (int m = 1; m < 8; m++) {
      double sum = 0;
      int rank = 0;
      for (int i = 0; i < 3; i++) {
        if ((m >>> i & 1) != 0) {
          sum += (1.0 / ++rank) * p[i];
        }
      }
      cost[m] = sum;
    }
    assertThat(cost[7]).isCloseTo(0.06, org.assertj.core.data.Offset.offset(1e-15));
    UsedMap map = new UsedMap(5, new int[] {0, 2, 4});
    ChemMatrix m = f.apply(cost, map);
    assertThat(m.size()).isEqualTo(5);
    assertThat(m.entryCount()).as("every pair of 5 is evaluated").isEqualTo(10);
    double d01 = Math.min(1, Math.abs(cost[3] - cost[1] - cost[2] + cost[0]) / cost[3]);
    assertThat(m.chem(0, 2)).isCloseTo(Math.max(d01,
        Math.abs(cost[7] - cost[5] - cost[6] + cost[4]) / cost[7]),
        org.assertj.core.data.Offset.offset(tol + 1e-15));
    assertThat(m.chem(1, 3)).isEqualTo(0.0);
    assertThat(m.chem(0, 1)).isEqualTo(0.0);
    assertThat(m.chem(2, 0)).isEqualTo(m.chem(0, 2));
    // Zeros: all costs 0 but the empty set -> no pair inside U is evaluated.
    double[] zeros = {1.0, 0, 0, 0, 0, 0, 0, 0};
    ChemMatrix z = f.apply(zeros, map);
    assertThat(z.hasEntry(0, 2)).isFalse();
    assertThat(z.hasEntry(1, 3)).as("two outside members: X = {} counts").isTrue();
    assertThat(z.hasEntry(1, 0)).isFalse();
    // Empty U, one model, all tied.
    assertThat(f.apply(new double[] {1.0}, new UsedMap(3, new int[0])).entryCount())
        .isEqualTo(3);
    assertThat(f.apply(new double[] {1.0, 0.5}, new UsedMap(1, new int[] {0})).entryCount())
        .isZero();
    double[] tied = new double[1 << 6];
    java.util.Arrays.fill(tied, 0.5);
    ChemMatrix t = f.apply(tied, UsedMap.allUsed(6));
    assertThat(t.entryCount()).isEqualTo(15);
    assertThat(t.chem(2, 5)).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void rejectsBadTables(String name, BiFunction<double[], UsedMap, ChemMatrix> f, double tol) {
    if (name.equals("naive")) {
      return;
    }
    UsedMap map = UsedMap.allUsed(2);
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> f.apply(new double[] {1, bad, 1, 1}, map))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost[1]");
    }
    assertThatThrownBy(() -> f.apply(new double[3], map))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2^|U|");
  }

  @org.junit.jupiter.api.Test
  void reportsProgressInCoarseChunks() {
    AtomicLong total = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicLong calls = new AtomicLong();
    ProgressListener l = new ProgressListener() {
      @Override public void start(String task, long t) {
        total.set(t);
      }

      @Override public void advance(long units) {
        done.addAndGet(units);
        calls.incrementAndGet();
      }

      @Override public void finish() { }
    };
    int u = 14;
    double[] c = CostTables.positive(u, new Random(5));
    DenseCheme.parallel(c, UsedMap.allUsed(u), POOL3, l);
    assertThat(total.get()).isEqualTo(DenseCheme.terms(u));
    assertThat(done.get()).isEqualTo(total.get());
    assertThat(calls.get()).isLessThan(200);
    assertThat(List.of(DenseCheme.terms(26))).containsExactly(325L << 24);
  }
}
