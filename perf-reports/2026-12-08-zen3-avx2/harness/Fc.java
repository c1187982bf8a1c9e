import java.util.*;

/**
 * The engine's two-pair sweep with its float skip test written as plain Java (one float max
 * reduction of |N_f| - D_f t per run, the double loop for runs where it is positive), against
 * two plain pairMax calls: C2 vectorises no float max reduction, so it runs scalar, 3.5x slower.
 * Usage: java Fc.java (-Dlow=B the lowest bit of the cherries).
 */
public class Fc {
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
  static long dbl;
  // cherry (p,q),(p,r) with p first; o1<o2<o3 the sorted offsets
  static void cherry(double[] t, float[] f, int n, int o1, int o2, int o3, int p, int q, int r, double rho, double[] mx, int variant) {
    double m1 = mx[0], m2 = mx[1];
    float t1 = threshold(m1, rho), t2 = threshold(m2, rho);
    final int pq = p + q, pr = p + r, qr = q + r, pqr = pq + r;
    for (int h = 0; h < n; h += o3 << 1)
      for (int h2 = h; h2 < h + o3; h2 += o2 << 1)
        for (int mid = h2; mid < h2 + o2; mid += o1 << 1) {
          float e = Float.NEGATIVE_INFINITY;
          if (variant == 0) {
            for (int x = mid, end = mid + o1; x < end; x++) {
              float c0 = f[x], cp = f[x + p], cq = f[x + q], cr = f[x + r];
              float cpq = f[x + pq], cpr = f[x + pr], cqr = f[x + qr], cpqr = f[x + pqr];
              float a1 = Math.abs(cpq - cp - cq + c0) - cpq * t1;
              float a2 = Math.abs(cpqr - cpr - cqr + cr) - cpqr * t1;
              float a3 = Math.abs(cpr - cp - cr + c0) - cpr * t2;
              float a4 = Math.abs(cpqr - cpq - cqr + cq) - cpqr * t2;
              e = Math.max(e, Math.max(Math.max(a1, a2), Math.max(a3, a4)));
            }
          } else {
            for (int x = mid, end = mid + o1; x < end; x++) {
              float c0 = f[x], cp = f[x + p], cq = f[x + q], cr = f[x + r];
              float cpq = f[x + pq], cpr = f[x + pr], cqr = f[x + qr], cpqr = f[x + pqr];
              e = Math.max(e, Math.abs(cpq - cp - cq + c0) - cpq * t1);
              e = Math.max(e, Math.abs(cpqr - cpr - cqr + cr) - cpqr * t1);
              e = Math.max(e, Math.abs(cpr - cp - cr + c0) - cpr * t2);
              e = Math.max(e, Math.abs(cpqr - cpq - cqr + cq) - cpqr * t2);
            }
          }
          if (e > 0) {
            dbl++;
            for (int x = mid, end = mid + o1; x < end; x++) {
              double c0 = t[x], cp = t[x + p], cq = t[x + q], cr = t[x + r];
              double cpq = t[x + pq], cpr = t[x + pr], cqr = t[x + qr], cpqr = t[x + pqr];
              m1 = Math.max(m1, Math.abs(cpq - cp - cq + c0) / cpq);
              m1 = Math.max(m1, Math.abs(cpqr - cpr - cqr + cr) / cpqr);
              m2 = Math.max(m2, Math.abs(cpr - cp - cr + c0) / cpr);
              m2 = Math.max(m2, Math.abs(cpqr - cpq - cqr + cq) / cpqr);
            }
            t1 = threshold(m1, rho); t2 = threshold(m2, rho);
          }
        }
    mx[0] = m1; mx[1] = m2;
  }
  public static void main(String[] a) {
    int bits = 16, n = 1 << bits;
    long seed = Long.getLong("seed", System.nanoTime());
    System.out.println("seed " + seed);
    Random r = new Random(seed);
    double[] t = new double[n]; float[] f = new float[n];
    double mn = 9, mxc = 0;
    for (int i = 0; i < n; i++) { t[i] = 1 + 0.5 * r.nextDouble(); f[i] = (float) t[i]; mn = Math.min(mn, t[i]); mxc = Math.max(mxc, t[i]); }
    double rho = 0x1p-19 * mxc / mn;
    int lowBit = Integer.getInteger("low", 6);
    List<int[]> cs = new ArrayList<>();
    for (int b1 = lowBit; b1 < 16; b1++) for (int b2 = b1 + 1; b2 < 16; b2++) for (int b3 = b2 + 1; b3 < 16; b3++) if (cs.size() < 60 && (b1 + b2 + b3) % 3 == 0) cs.add(new int[]{b1, b2, b3});
    int reps = Integer.getInteger("reps", 40);
    long[][] times = new long[3][reps];
    for (int rep = 0; rep < reps; rep++) {
      for (int v = 0; v < 3; v++) {
        long t0 = System.nanoTime(); double s = 0;
        for (int[] c : cs) {
          int o1 = 1 << c[0], o2 = 1 << c[1], o3 = 1 << c[2];
          int p = o2, q = o1, rr = o3;  // shared member in the middle
          double[] m = new double[2];
          if (v == 0) {
            m[0] = pairMax(t, n, Math.min(p, q), Math.max(p, q), p, q, 0);
            m[1] = pairMax(t, n, Math.min(p, rr), Math.max(p, rr), p, rr, 0);
          } else cherry(t, f, n, o1, o2, o3, p, q, rr, rho, m, v - 1);
          s += m[0] + m[1];
          if (rep == 0 && v > 0) {
            double e1 = pairMax(t, n, Math.min(p, q), Math.max(p, q), p, q, 0), e2 = pairMax(t, n, Math.min(p, rr), Math.max(p, rr), p, rr, 0);
            if (e1 != m[0] || e2 != m[1]) throw new AssertionError("v" + v + " differs " + Arrays.toString(c));
          }
        }
        times[v][rep] = System.nanoTime() - t0;
        if (s < 0) System.out.println(s);
      }
    }
    long terms = (long) cs.size() * 2 * (n / 4);
    for (int v = 0; v < 3; v++) {
      long[] y = Arrays.copyOfRange(times[v], reps / 2, reps); Arrays.sort(y);
      System.out.printf("v%d median %.3f ms = %.2f ns/term%n", v, y[y.length / 2] / 1e6, (double) y[y.length / 2] / terms);
    }
    System.out.println("double runs " + dbl + " of cherries " + cs.size());
  }
}
