// TableCheck's chunk loop (min and max reduced in one loop) vs one loop each: the one loop is
// vectorised (0.37 ns/cell at 2^16, 0.8-0.97 at 2^26), the split form slower. Usage: java
// MinMax.java U. (A JFR profile at |U| = 16 put 46% of the samples in TableCheck.range; timed
// directly it takes 25 us of a 0.6-0.9 ms call: the profile misattributed.)
import java.util.*;
public class MinMax {
  static final int CHUNK = 4096;
  static double sink;
  static void together(double[] cost, int from, int to) {
    for (int c = from; c < to; c += CHUNK) {
      int e = Math.min(to, c + CHUNK);
      double lo = Double.POSITIVE_INFINITY, hi = 0;
      for (int i = c; i < e; i++) { lo = Math.min(lo, cost[i]); hi = Math.max(hi, cost[i]); }
      sink += lo + hi;
    }
  }
  static void apart(double[] cost, int from, int to) {
    for (int c = from; c < to; c += CHUNK) {
      int e = Math.min(to, c + CHUNK);
      double lo = Double.POSITIVE_INFINITY, hi = 0;
      for (int i = c; i < e; i++) lo = Math.min(lo, cost[i]);
      for (int i = c; i < e; i++) hi = Math.max(hi, cost[i]);
      sink += lo + hi;
    }
  }
  public static void main(String[] a) {
    int u = Integer.parseInt(a[0]);
    double[] t = new double[1 << u];
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < t.length; i++) t[i] = 1 + 0.5 * r.nextDouble();
    int reps = u >= 24 ? 20 : 1 << (24 - u);
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < reps; i++) together(t, 0, t.length);
      long t1 = System.nanoTime();
      for (int i = 0; i < reps; i++) apart(t, 0, t.length);
      long t2 = System.nanoTime();
      if (round >= 2) System.out.printf("u=%d together %.3f ns/cell, apart %.3f ns/cell%n", u, (t1 - t0) / (double) reps / t.length, (t2 - t1) / (double) reps / t.length);
    }
  }
}
