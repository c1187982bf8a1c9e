package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Vector API cherry sweeps (two pairs sharing their first, or their second, member; dividing
 * only where a term may raise a maximum, tested in double or, for float-safe buffers, in float)
 * against their twin, two scalar {@link DenseKernel#pairMax} calls:
 * bit-identical maxima on random buffers whose costs are uniform, tied (few distinct values,
 * many zero numerators), at the moderate range's edges 2^-200 and 2^200, or spread over that
 * whole range, with starting maxima of 0, mid-range or above every term, and random bits.
 * The float copy starts at a random offset of its array, as {@link AlignedFloats} places it.
 * The seed is printed ({@code -Dllmchem.seed=N} replays it).
 */
class VectorCherryTest {
  @Test
  void cherryEqualsTwoPairLoops() {
    assumeTrue(DenseCheme.vectorAvailable());
    String fixed = System.getProperty("llmchem.seed");
    long seed = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
    System.out.println("cherryEqualsTwoPairLoops seed=" + seed
        + " (replay with -Dllmchem.seed=" + seed + ")");
    SplittableRandom r = new SplittableRandom(seed);
    PairKernel k = DenseCheme.pairKernel(DenseCheme.Kernel.VECTOR, DenseCheme.VECTOR_COLD_FROM_U).forModerateTables();
    int lanes = k.minRun();
    int laneBit = Integer.numberOfTrailingZeros(lanes);
    for (int c = 0; c < 600; c++) {
      int bits = laneBit + 3 + r.nextInt(7);
      int n = 1 << bits;
      int kind = r.nextInt(5);
      double[] t = buffer(n, kind, r);
      int[] pick = distinctBits(laneBit, bits, r);
      int a = 1 << pick[0];
      int b1 = 1 << pick[1];
      int b2 = 1 << pick[2];
      double start = switch (r.nextInt(3)) {
        case 0 -> 0.0;
        case 1 -> r.nextDouble() * 10;
        default -> Double.MAX_VALUE;
      };
      double[] mx = {r.nextDouble(), start, start};
      boolean second = r.nextBoolean();
      // the float skip test where the table allows it (as DenseCheme: min/max of the buffer)
      TableCheck.Summary sum = TableCheck.summarize(t, bits);
      boolean single = sum.has(TableCheck.FLOAT_SAFE) && r.nextBoolean();
      // the copy at any offset (AlignedFloats places it where its loads are aligned)
      int fo = r.nextInt(17);
      float[] f = new float[fo + n];
      DenseKernel.toFloat(t, f, fo, n);
      double rho = sum.max() / sum.min() * 0x1p-19;
      double e1;
      double e2;
      k.cherryMax(t, single ? f : null, fo, n, new Cherry(a, b1, b2, second, 1, 2),
          single ? rho : Double.NaN, mx);
      if (second) {
        e1 = DenseKernel.pairMax(t, n, Math.min(a, b1), Math.max(a, b1), b1, a, start);
        e2 = DenseKernel.pairMax(t, n, Math.min(a, b2), Math.max(a, b2), b2, a, start);
      } else {
        e1 = DenseKernel.pairMax(t, n, Math.min(a, b1), Math.max(a, b1), a, b1, start);
        e2 = DenseKernel.pairMax(t, n, Math.min(a, b2), Math.max(a, b2), a, b2, start);
      }
      String what = "seed=" + seed + " case " + c + " kind " + kind + " n=" + n + " a=" + a
          + " b1=" + b1 + " b2=" + b2 + " start=" + start + " shared=" + (second ? "2nd" : "1st")
          + (single ? " float test, copy at offset " + fo : "");
      assertThat(Double.doubleToRawLongBits(mx[1])).as(what + " (a,b1)")
          .isEqualTo(Double.doubleToRawLongBits(e1));
      assertThat(Double.doubleToRawLongBits(mx[2])).as(what + " (a,b2)")
          .isEqualTo(Double.doubleToRawLongBits(e2));
    }
  }

  /** Moderate positive costs (all in [2^-200, 2^200]) of one of five kinds. */
  private static double[] buffer(int n, int kind, SplittableRandom r) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = switch (kind) {
        case 0 -> 0.01 + 0.99 * r.nextDouble();
        case 1 -> 1 + r.nextInt(3);
        case 2 -> r.nextBoolean() ? 0x1p-200 : 0x1p200 * (r.nextBoolean() ? 1 : 0.75);
        case 3 -> Math.scalb(1 + r.nextDouble(), r.nextInt(400) - 200);
        // float-safe, many terms within float rounding of each other
        default -> 1 + r.nextInt(4) * 0x1p-30 + (r.nextBoolean() ? 0x1p-100 : 0);
      };
    }
    return t;
  }

  /** Three distinct bits in [laneBit, bits). */
  private static int[] distinctBits(int laneBit, int bits, SplittableRandom r) {
    int[] p = new int[3];
    for (int i = 0; i < 3; i++) {
      boolean fresh;
      do {
        p[i] = laneBit + r.nextInt(bits - laneBit);
        fresh = true;
        for (int j = 0; j < i; j++) {
          fresh &= p[j] != p[i];
        }
      } while (!fresh);
    }
    return p;
  }
}
