package dev.llmchem.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The O(1) neighbour rules and the full sums against {@link NaiveLoss}. */
class LossKernelTest {

  @Test
  void fullSumsEqualTheNaiveTwinExactly() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    for (int t = 0; t < 300; t++) {
      int n = 1 + rnd.nextInt(20);
      double[] chem = RandomProblems.chem(rnd, n, rnd.nextBoolean(), rnd.nextDouble());
      double[] deg = new double[n];
      LossKernel.degrees(n, chem, deg);
      double maxT = LossKernel.maxTotal(n, chem);
      double maxI = LossKernel.maxInter(n, chem, deg);
      assertThat(maxT).as("seed %d", seed).isEqualTo(NaiveLoss.maxTotal(n, chem));
      assertThat(maxI).as("seed %d", seed).isEqualTo(NaiveLoss.maxInter(n, chem));
      for (int k = 0; k < 20; k++) {
        long x = rnd.nextLong() & Masks.all(n);
        assertThat(LossKernel.lossOf(n, chem, x, maxT, maxI, 0.5, 0.5)).as("seed %d", seed)
            .isEqualTo(NaiveLoss.loss(n, chem, x, maxT, maxI, 0.5, 0.5));
      }
    }
  }

  @Test
  void incrementalMovesEqualFullRecomputation() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    for (int t = 0; t < 300; t++) {
      int n = 2 + rnd.nextInt(30);
      boolean dyadic = rnd.nextBoolean();
      double[] chem = RandomProblems.chem(rnd, n, dyadic, 0.3);
      double[] deg = new double[n];
      LossKernel.degrees(n, chem, deg);
      double[] w = new double[n];
      long x = rnd.nextLong() & Masks.all(n);
      LossKernel.memberSums(n, chem, x, w);
      double intra = LossKernel.intra(n, chem, x);
      double inter = LossKernel.inter(n, chem, x);
      for (int r = 0; r < n; r++) {
        for (int a = 0; a < n; a++) {
          boolean rIn = (x >>> r & 1) != 0;
          boolean aIn = (x >>> a & 1) != 0;
          double gotIntra;
          double gotInter;
          long y;
          if (r == a && rIn) { // removal
            gotIntra = intra - w[r];
            gotInter = inter - deg[r] + 2 * w[r];
            y = x & ~(1L << r);
          } else if (r == a) { // addition
            gotIntra = intra + w[a];
            gotInter = inter + deg[a] - 2 * w[a];
            y = x | 1L << a;
          } else if (rIn && !aIn) { // swap
            double wa = w[a] - chem[r * n + a];
            gotIntra = intra - w[r] + wa;
            gotInter = inter - deg[r] + 2 * w[r] + deg[a] - 2 * wa;
            y = (x & ~(1L << r)) | 1L << a;
          } else {
            continue;
          }
          double tol = dyadic ? 0.0 : 1e-12;
          assertThat(gotIntra).as("seed %d", seed)
              .isCloseTo(LossKernel.intra(n, chem, y), within(tol));
          assertThat(gotInter).as("seed %d", seed)
              .isCloseTo(LossKernel.inter(n, chem, y), within(tol));
        }
      }
    }
  }

  @Test
  void infeasibleWhenEitherSlackIsNegative() {
    assertThat(LossKernel.loss(1, 0, 0.5, 5, 2, 0.5, 0.5)).isInfinite();
    assertThat(LossKernel.loss(0, 6, 1, 5, 2, 0.5, 0.5)).isInfinite();
    assertThat(LossKernel.loss(1, 2, 3, 4, 2, 0.5, 0.5)).isEqualTo(0.5 * 2 + 0.5 * 2 + 1.0);
  }

  @Test
  void lexicographicOrderOfMembers() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    for (int t = 0; t < 20000; t++) {
      long a = rnd.nextLong() & (rnd.nextBoolean() ? 0xFFL : -1L);
      long b = rnd.nextBoolean() ? a ^ (1L << rnd.nextInt(64)) : rnd.nextLong();
      int expected = compareLists(Masks.members(a), Masks.members(b));
      assertThat(Integer.signum(Masks.compareLex(a, b))).as("seed %d: %x %x", seed, a, b)
          .isEqualTo(expected);
    }
  }

  private static int compareLists(int[] a, int[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) {
        return a[i] < b[i] ? -1 : 1;
      }
    }
    return Integer.signum(a.length - b.length);
  }

  @Test
  void binomials() {
    assertThat(Masks.binomial(30, 15)).isEqualTo(155117520L);
    assertThat(Masks.binomial(64, 32)).isEqualTo(1832624140942590534L);
    assertThat(Masks.binomial(5, 0)).isEqualTo(1);
    assertThat(Masks.binomial(5, 6)).isZero();
  }
}
