import java.util.*;

/**
 * The plain (C2 auto-vectorised) one-pair loop against two rewrites meant to shorten its
 * Math.max reduction chain: "halves" (two accumulators over the two halves of each run: C2 no
 * longer vectorises, 2.4x slower) and "float" (the float skip test with a double max of
 * |N_f| - D_f t, the double loop only for runs where it is positive: vectorised, no division,
 * still 1.4x slower: the chain, not the divider, bounds the loop). 45 pairs of a 2^16 buffer,
 * bits 5..15. Usage: java Ft.java (-Dlow=B the lowest pair bit).
 */
public class Ft {
  static double pairMax(double[] t, int n, int lo, int hi, int f, int g, double m) {
    final int ab = lo + hi;
    for (int h = 0; h < n; h += hi << 1)
      for (int mid = h; mid < h + hi; mid += lo << 1)
        for (int x = mid, e = mid + lo; x < e; x++) {
          double c0 = t[x], cf = t[x + f], cg = t[x + g], cab = t[x + ab];
          m = Math.max(m, Math.abs(cab - cf - cg + c0) / cab);
        }
    return m;
  }

  static float threshold(double m, double rho) {
    double t = m * (1 - 0x1p-20) - rho;
    if (!(t > 0)) return -1f;
    float tf = (float) Math.min(t, Float.MAX_VALUE);
    return tf > t ? Math.nextDown(tf) : tf;
  }
  static double RHO; static float[] FF; static long DBL;
  static double pairMaxF(double[] t, int n, int lo, int hi, int f, int g, double m) {
    float[] ff = FF; double rho = RHO;
    final int ab = lo + hi;
    float th = threshold(m, rho);
    for (int h = 0; h < n; h += hi << 1)
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        double e = Double.NEGATIVE_INFINITY;
        for (int x = mid, end = mid + lo; x < end; x++) {
          float c0 = ff[x], cf = ff[x + f], cg = ff[x + g], cab = ff[x + ab];
          e = Math.max(e, (double) (Math.abs(cab - cf - cg + c0) - cab * th));
        }
        if (e > 0) {
          DBL++;
          for (int x = mid, end = mid + lo; x < end; x++) {
            double c0 = t[x], cf = t[x + f], cg = t[x + g], cab = t[x + ab];
            m = Math.max(m, Math.abs(cab - cf - cg + c0) / cab);
          }
          th = threshold(m, rho);
        }
      }
    return m;
  }
  // two accumulators over the two halves of each run
  static double pairMax2(double[] t, int n, int lo, int hi, int f, int g, double m) {
    final int ab = lo + hi;
    if (lo < 2) return pairMax(t, n, lo, hi, f, g, m);
    final int half = lo >> 1;
    double m2 = m;
    for (int h = 0; h < n; h += hi << 1)
      for (int mid = h; mid < h + hi; mid += lo << 1)
        for (int x = mid, e = mid + half; x < e; x++) {
          double c0 = t[x], cf = t[x + f], cg = t[x + g], cab = t[x + ab];
          m = Math.max(m, Math.abs(cab - cf - cg + c0) / cab);
          int y = x + half;
          double d0 = t[y], df = t[y + f], dg = t[y + g], dab = t[y + ab];
          m2 = Math.max(m2, Math.abs(dab - df - dg + d0) / dab);
        }
    return Math.max(m, m2);
  }
  // pair loop over pairs of runs: two runs (mid, mid + 2lo) per pass
  static double pairMaxR(double[] t, int n, int lo, int hi, int f, int g, double m) {
    final int ab = lo + hi;
    if (hi < lo << 2 && n / (hi << 1) < 2) return pairMax(t, n, lo, hi, f, g, m);
    double m2 = m;
    if (hi >= lo << 2) {
      for (int h = 0; h < n; h += hi << 1)
        for (int mid = h; mid < h + hi; mid += lo << 2)
          for (int x = mid, e = mid + lo; x < e; x++) {
            double c0 = t[x], cf = t[x + f], cg = t[x + g], cab = t[x + ab];
            m = Math.max(m, Math.abs(cab - cf - cg + c0) / cab);
            int y = x + (lo << 1);
            double d0 = t[y], df = t[y + f], dg = t[y + g], dab = t[y + ab];
            m2 = Math.max(m2, Math.abs(dab - df - dg + d0) / dab);
          }
    } else {
      for (int h = 0; h < n; h += hi << 2)
        for (int mid = h; mid < h + hi; mid += lo << 1)
          for (int x = mid, e = mid + lo; x < e; x++) {
            double c0 = t[x], cf = t[x + f], cg = t[x + g], cab = t[x + ab];
            m = Math.max(m, Math.abs(cab - cf - cg + c0) / cab);
            int y = x + (hi << 1);
            double d0 = t[y], df = t[y + f], dg = t[y + g], dab = t[y + ab];
            m2 = Math.max(m2, Math.abs(dab - df - dg + d0) / dab);
          }
    }
    return Math.max(m, m2);
  }
  public static void main(String[] a) {
    int n = 1 << 16;
    long seed = Long.getLong("seed", System.nanoTime());
    System.out.println("seed " + seed);
    Random r = new Random(seed);
    double[] t = new double[n];
    FF = new float[n]; double mn = 9, mx = 0; for (int i = 0; i < n; i++) { t[i] = 1 + 0.5 * r.nextDouble(); FF[i] = (float) t[i]; mn = Math.min(mn, t[i]); mx = Math.max(mx, t[i]); } RHO = 0x1p-19 * mx / mn;
    int lowBit = Integer.getInteger("low", 5);
    List<int[]> ps = new ArrayList<>();
    for (int b1 = lowBit; b1 < 16; b1++) for (int b2 = b1 + 1; b2 < 16; b2++) ps.add(new int[]{1 << b1, 1 << b2});
    int reps = Integer.getInteger("reps", 60);
    String[] names = {"base", "halves", "float"};
    long[][] times = new long[3][reps];
    for (int rep = 0; rep < reps; rep++)
      for (int v = 0; v < 3; v++) {
        long t0 = System.nanoTime(); double s = 0;
        for (int[] p : ps) {
          int lo = p[0], hi = p[1];
          double mm = v == 0 ? pairMax(t, n, lo, hi, hi, lo, 0) : v == 1 ? pairMax2(t, n, lo, hi, hi, lo, 0) : pairMaxF(t, n, lo, hi, hi, lo, 0);
          s += mm;
          if (rep == 0 && v > 0 && mm != pairMax(t, n, lo, hi, hi, lo, 0)) throw new AssertionError(names[v] + " " + lo + "," + hi);
        }
        times[v][rep] = System.nanoTime() - t0;
        if (s < 0) System.out.println(s);
      }
    long terms = (long) ps.size() * (n / 4);
    for (int v = 0; v < 3; v++) {
      long[] y = Arrays.copyOfRange(times[v], reps / 2, reps); Arrays.sort(y);
      System.out.printf("dbl runs %d; %s median %.3f ms = %.3f ns/term%n", DBL, names[v], y[y.length / 2] / 1e6, (double) y[y.length / 2] / terms);
    }
  }
}
