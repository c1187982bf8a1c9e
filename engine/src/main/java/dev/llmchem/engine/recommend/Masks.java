package dev.llmchem.engine.recommend;

import java.util.Arrays;

/**
 * Bit tricks on model-set masks (bit i = model i, models indexed by sorted name).
 * Stateless and thread-safe.
 */
final class Masks {
  private Masks() { }

  /**
   * Lexicographic order of the ascending member lists, which is the order of the sorted name
   * lists because indices follow names ({@code [0,1] < [0,1,5] < [0,2] < [1]}). This is the
   * order in which the goldens list X_q and in which the local search visits its starts.
   */
  static int compareLex(long a, long b) {
    if (a == b) {
      return 0;
    }
    int d = Long.numberOfTrailingZeros(a ^ b);
    // Below d both lists agree. The list holding d continues with d; the other continues
    // with something larger than d, or ends (then it is a prefix, hence smaller).
    long holder = ((a >>> d) & 1L) != 0 ? a : b;
    long other = holder == a ? b : a;
    boolean otherContinues = d < 63 && (other >>> (d + 1)) != 0;
    int holderFirst = otherContinues ? -1 : 1;
    return holder == a ? holderFirst : -holderFirst;
  }

  /** The distinct masks of {@code xs}, sorted by {@link #compareLex}. Allocates one array. */
  static long[] sortedDistinct(long[] xs) {
    Long[] boxed = new Long[xs.length];
    for (int i = 0; i < xs.length; i++) {
      boxed[i] = xs[i];
    }
    Arrays.sort(boxed, (x, y) -> compareLex(x, y));
    long[] out = new long[xs.length];
    int k = 0;
    for (Long x : boxed) {
      if (k == 0 || out[k - 1] != x) {
        out[k++] = x;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** The members of {@code mask}, ascending. */
  static int[] members(long mask) {
    int[] out = new int[Long.bitCount(mask)];
    int k = 0;
    for (long m = mask; m != 0; m &= m - 1) {
      out[k++] = Long.numberOfTrailingZeros(m);
    }
    return out;
  }

  /** The mask of the first {@code n} models. */
  static long all(int n) {
    return n == 64 ? -1L : (1L << n) - 1;
  }

  /** Binomial coefficient C(n, k), saturating at {@link Long#MAX_VALUE}. */
  static long binomial(int n, int k) {
    if (k < 0 || k > n) {
      return 0;
    }
    int kk = Math.min(k, n - k);
    long r = 1;
    for (int i = 1; i <= kk; i++) {
      // r * (n - kk + i) / i is an integer; dividing by g = gcd(r, i) first keeps it in range:
      // i / g divides the numerator because gcd(r / g, i / g) = 1
      long num = n - kk + i;
      long g = gcd(r, i);
      long f = num / (i / g);
      if (r / g > Long.MAX_VALUE / f) {
        return Long.MAX_VALUE;
      }
      r = (r / g) * f;
    }
    return r;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
