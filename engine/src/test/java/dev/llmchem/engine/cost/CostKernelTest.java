package dev.llmchem.engine.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.testutil.Seeds;
import dev.llmchem.engine.testutil.Stopper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fast table equals the naive per-subset sort bit for bit, on random and edge profiles. */
class CostKernelTest {
  private static final double THETA = 0.5;

  /** Random profile over n models: q, a with deliberate ties, a = theta, zero penalties. */
  static double[][] randomProfile(SplittableRandom rnd, int n) {
    double[] q = new double[n];
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = rnd.nextInt(10);
      q[i] = Math.round(rnd.nextDouble(0, 10) * 100) / 100.0;
      a[i] = rnd.nextDouble(0.1, 1.0);
      switch (kind) {
        case 0 -> a[i] = THETA;                       // exactly theta: not used
        case 1 -> { q[i] = 10.0; a[i] = 1.0; }        // penalty 0
        case 2 -> { if (i > 0) { q[i] = q[i - 1]; } } // tied q, different a
        case 3 -> { if (i > 0) { q[i] = q[i - 1]; a[i] = a[i - 1]; } } // full tie: name decides
        case 4 -> a[i] = rnd.nextDouble(0.1, 0.5);    // unused
        default -> { }
      }
    }
    return new double[][] {q, a};
  }

  /** Builds the table the way the engine does (rank order) and compares every mask. */
  static void compare(double[] q, double[] a, String[] names) {
    int n = q.length;
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (a[i] > THETA) {
        used.add(i);
      }
    }
    used.sort((x, y) -> {
      int c = Double.compare(q[y], q[x]);
      if (c == 0) {
        c = Double.compare(a[y], a[x]);
      }
      return c != 0 ? c : names[x].compareTo(names[y]);
    });
    int[] rankToS = used.stream().mapToInt(Integer::intValue).toArray();
    double[] pen = new double[rankToS.length];
    for (int k = 0; k < pen.length; k++) {
      pen[k] = (1 - q[rankToS[k]] / 10.0) * (1 - a[rankToS[k]]);
    }
    CostTable t = CostTable.eq1(rankToS, pen, n);
    for (long mask = 0; mask < 1L << n; mask++) {
      long m = mask;
      int[] members = IntStream.range(0, n).filter(i -> (m >>> i & 1) == 1).toArray();
      double naive = NaiveCost.cost(members, names, q, a, THETA);
      double fast = t.cost(mask);
      if (Double.doubleToRawLongBits(naive) != Double.doubleToRawLongBits(fast)) {
        throw new AssertionError("mask " + mask + ": fast " + fast + " != naive " + naive);
      }
    }
  }

  static String[] names(int n) {
    return IntStream.range(0, n).mapToObj(i -> String.format("m%03d", i)).toArray(String[]::new);
  }

  @Test
  void fastEqualsNaiveBitForBitOnRandomProfiles() {
    long seed = Seeds.seed("CostKernelTest");
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + rnd.nextInt(12);
      double[][] p = randomProfile(rnd, n);
      compare(p[0], p[1], names(n));
    }
  }

  @Test
  void edgeCases() {
    // nobody used: every cost 1.0
    compare(new double[] {5, 6, 7}, new double[] {0.5, 0.2, 0.1}, names(3));
    // all perfect: penalties 0, cost(empty) stays 1
    CostTable t = CostTable.eq1(new int[] {0, 1}, new double[] {0, 0}, 2);
    assertThat(t.table()).containsExactly(1.0, 0.0, 0.0, 0.0);
    // all tied q and a: name decides, every cost still equal to the naive sort
    compare(new double[] {7, 7, 7, 7}, new double[] {0.9, 0.9, 0.9, 0.9}, names(4));
    // SPEC check: (9, .9), (8, .8), (7, .7) cost 0.01 + 0.02 + 0.03
    double[] q = {9, 8, 7};
    double[] a = {0.9, 0.8, 0.7};
    assertThat(NaiveCost.cost(new int[] {0, 1, 2}, names(3), q, a, THETA))
        .isCloseTo(0.06, org.assertj.core.api.Assertions.within(1e-15));
    compare(q, a, names(3));
  }

  @Test
  void members_outside_U_never_change_cost() {
    CostTable t = CostTable.eq1(new int[] {2, 0}, new double[] {0.1, 0.2}, 4);
    assertThat(t.cost(0b0101L)).isEqualTo(t.cost(0b1111L)).isEqualTo(t.cost(0b0111L));
    assertThat(t.cost(0b1010L)).isEqualTo(1.0);
  }

  @Test
  void refusesTablesBeyondTheLimitWithAClearMessage() {
    assertThatThrownBy(() -> CostKernel.checkSize(31)).isInstanceOf(LimitException.class)
        .hasMessageContaining("|U| = 31");
  }

  @Test
  void callerSuppliedTablesAreValidated() {
    assertThatThrownBy(() -> CostTable.of(new double[3], new int[] {0, 1}, 2))
        .hasMessageContaining("expected 2^2");
    assertThatThrownBy(() -> CostTable.of(new double[] {1, Double.NaN}, new int[] {0}, 1))
        .hasMessageContaining("entry 1");
    CostTable t = CostTable.of(new double[] {3, 2, 1, 0}, new int[] {1, 0}, 2);
    assertThat(t.cost(0b01L)).isEqualTo(1.0);
    assertThat(t.cost(0b10L)).isEqualTo(2.0);
  }

  /** The table build polls inside a top bit too: its last one fills half the table. */
  @Test
  void aLargeTableStopsInsideItsLastTopBit() {
    double[] penalty = new double[22];
    java.util.Arrays.fill(penalty, 1.0);
    // top bit 20 (one block), then top bit 21's two blocks: the third poll is inside it
    Stopper stopAtThird = new Stopper(2);
    assertThatThrownBy(() -> CostKernel.eq1Table(penalty, stopAtThird))
        .isInstanceOfSatisfying(dev.llmchem.engine.control.CancelledException.class,
            e -> assertThat(e.fractionDone()).isEqualTo(0.75));
    assertThat(stopAtThird.polls.get()).isEqualTo(3);
  }
}
