import java.util.*;

/**
 * The plain one-pair loop with its max kept per lane in an array (acc[j] = max(acc[j], term),
 * reduced once per pair) or the terms written to a buffer and reduced after: both 2.6-4x
 * slower, C2 vectorises neither (the stores into a double[] may alias the double[] table).
 * Usage: java Acc.java (-Dch=L the accumulator length, default 256).
 */
public class Acc {
  static double pairMax(double[] t, int n, int lo, int hi, int f, int g, double m) {
    final int ab = lo + hi;
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int x = mid, e = mid + lo; x < e; x++) {
          double c0 = t[x]; double cf = t[x + f]; double cg = t[x + g]; double cab = t[x + ab];
          m = Math.max(m, Math.abs(cab - cf - cg + c0) / cab);
        }
      }
    }
    return m;
  }
  // elementwise max into acc[0..L), L = min(lo, CH)
  static final int CH = Integer.getInteger("ch", 256);
  static double pairMaxAcc(double[] t, int n, int lo, int hi, int f, int g, double m, double[] acc) {
    final int ab = lo + hi;
    final int len = Math.min(lo, CH);
    Arrays.fill(acc, 0, len, m);
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int c = mid, e = mid + lo; c < e; c += len) {
          for (int j = 0; j < len; j++) {
            int x = c + j;
            double c0 = t[x]; double cf = t[x + f]; double cg = t[x + g]; double cab = t[x + ab];
            acc[j] = Math.max(acc[j], Math.abs(cab - cf - cg + c0) / cab);
          }
        }
      }
    }
    double r = m;
    for (int j = 0; j < len; j++) r = Math.max(r, acc[j]);
    return r;
  }
  // terms to a temp array, then max over it (two loops)
  static double pairMaxTmp(double[] t, int n, int lo, int hi, int f, int g, double m, double[] tmp) {
    final int ab = lo + hi;
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        int len = lo;
        for (int j = 0; j < len; j++) {
          int x = mid + j;
          double c0 = t[x]; double cf = t[x + f]; double cg = t[x + g]; double cab = t[x + ab];
          tmp[j] = Math.abs(cab - cf - cg + c0) / cab;
        }
        for (int j = 0; j < len; j++) m = Math.max(m, tmp[j]);
      }
    }
    return m;
  }
  public static void main(String[] a) {
    int bits = 16, n = 1 << bits;
    long seed = Long.getLong("seed", System.nanoTime());
    System.out.println("seed " + seed);
    Random r = new Random(seed);
    double[] t = new double[n];
    for (int i = 0; i < n; i++) t[i] = 1 + 0.5 * r.nextDouble();
    double[] acc = new double[Math.max(CH, 1)];
    double[] tmp = new double[n];
    int[][] pairs = new int[45][]; int q = 0;
    for (int b1 = 6; b1 < 16; b1++) for (int b2 = b1 + 1; b2 < 16; b2++) pairs[q++] = new int[]{1 << b1, 1 << b2};
    String[] names = {"base", "acc", "tmp"};
    long[][] times = new long[3][];
    int reps = Integer.getInteger("reps", 60);
    for (int v = 0; v < 3; v++) times[v] = new long[reps];
    for (int rep = 0; rep < reps; rep++) {
      for (int v = 0; v < 3; v++) {
        long t0 = System.nanoTime(); double s = 0;
        for (int[] p : pairs) {
          int lo = p[0], hi = p[1];
          double mm = switch (v) {
            case 0 -> pairMax(t, n, lo, hi, lo, hi, 0);
            case 1 -> pairMaxAcc(t, n, lo, hi, lo, hi, 0, acc);
            default -> pairMaxTmp(t, n, lo, hi, lo, hi, 0, tmp);
          };
          s += mm;
          if (rep == 0 && v > 0 && Double.doubleToRawLongBits(mm) != Double.doubleToRawLongBits(pairMax(t, n, lo, hi, lo, hi, 0)))
            throw new AssertionError(names[v] + " differs at " + lo + "," + hi);
        }
        times[v][rep] = System.nanoTime() - t0;
        if (s < 0) System.out.println(s);
      }
    }
    for (int v = 0; v < 3; v++) {
      long[] x = times[v].clone(); Arrays.sort(x, reps / 2, reps);
      long[] y = Arrays.copyOfRange(times[v], reps / 2, reps); Arrays.sort(y);
      System.out.printf("%s median(last half) %.3f ms%n", names[v], y[y.length / 2] / 1e6);
    }
  }
}
