import java.util.*;

/**
 * The float copy written in the same pass as the gather or the permute (as chem_best.c does)
 * against the engine's separate toFloat pass, on a 2^26 table: gather 115-143 vs 141-146 us,
 * permute 99-115 vs 78-88 us per 2^16 cells (scalar float stores beside scalar double stores
 * cost more than a vectorised second pass): no gain, not adopted. Usage: java -Xms2g Fuse.java
 */
public class Fuse {
  static void gather(double[] src, int base, int s0, int w0, int s1, int w1, int s2, int w2, double[] dst) {
    int n0 = 1 << w0, n1 = 1 << w1, n2 = 1 << w2, j = 0;
    for (int z2 = 0; z2 < n2; z2++) for (int z1 = 0; z1 < n1; z1++) {
      int from = base + (z1 << s1) + (z2 << s2);
      System.arraycopy(src, from, dst, j, n0); j += n0;
    }
  }
  static void gatherF(double[] src, int base, int s0, int w0, int s1, int w1, int s2, int w2, double[] dst, float[] f, int fo) {
    int n0 = 1 << w0, n1 = 1 << w1, n2 = 1 << w2, j = 0;
    for (int z2 = 0; z2 < n2; z2++) for (int z1 = 0; z1 < n1; z1++) {
      int from = base + (z1 << s1) + (z2 << s2);
      for (int z0 = 0; z0 < n0; z0++) { double v = src[from + z0]; dst[j + z0] = v; f[fo + j + z0] = (float) v; }
      j += n0;
    }
  }
  static void gatherF2(double[] src, int base, int s0, int w0, int s1, int w1, int s2, int w2, double[] dst, float[] f, int fo) {
    int n0 = 1 << w0, n1 = 1 << w1, n2 = 1 << w2, j = 0;
    for (int z2 = 0; z2 < n2; z2++) for (int z1 = 0; z1 < n1; z1++) {
      int from = base + (z1 << s1) + (z2 << s2);
      System.arraycopy(src, from, dst, j, n0);
      for (int z0 = 0; z0 < n0; z0++) f[fo + j + z0] = (float) dst[j + z0];
      j += n0;
    }
  }
  static void toFloat(double[] src, float[] dst, int off, int n) { for (int i = 0; i < n; i++) dst[off + i] = (float) src[i]; }
  static void permute(double[] src, int s0, int w0, int s1, int w1, int s2, int w2, double[] dst) {
    int n0 = 1 << w0, n1 = 1 << w1, n2 = 1 << w2; final int st = n0;
    for (int z2 = 0; z2 < n2; z2++) {
      int sb = z2 << s2, db = z2 << (w0 + w1);
      for (int a = 0; a < n1; a += 8) for (int b = 0; b < n0; b++) {
        int s = sb + (b << s0) + a, d = db + (a << w0) + b;
        double v0 = src[s], v1 = src[s + 1], v2 = src[s + 2], v3 = src[s + 3], v4 = src[s + 4], v5 = src[s + 5], v6 = src[s + 6], v7 = src[s + 7];
        dst[d] = v0; dst[d + st] = v1; dst[d + 2 * st] = v2; dst[d + 3 * st] = v3; dst[d + 4 * st] = v4; dst[d + 5 * st] = v5; dst[d + 6 * st] = v6; dst[d + 7 * st] = v7;
      }
    }
  }
  static void permuteF(double[] src, int s0, int w0, int s1, int w1, int s2, int w2, double[] dst, float[] f, int fo) {
    int n0 = 1 << w0, n1 = 1 << w1, n2 = 1 << w2; final int st = n0;
    for (int z2 = 0; z2 < n2; z2++) {
      int sb = z2 << s2, db = z2 << (w0 + w1);
      for (int a = 0; a < n1; a += 8) for (int b = 0; b < n0; b++) {
        int s = sb + (b << s0) + a, d = db + (a << w0) + b, e = d + fo;
        double v0 = src[s], v1 = src[s + 1], v2 = src[s + 2], v3 = src[s + 3], v4 = src[s + 4], v5 = src[s + 5], v6 = src[s + 6], v7 = src[s + 7];
        dst[d] = v0; dst[d + st] = v1; dst[d + 2 * st] = v2; dst[d + 3 * st] = v3; dst[d + 4 * st] = v4; dst[d + 5 * st] = v5; dst[d + 6 * st] = v6; dst[d + 7 * st] = v7;
        f[e] = (float) v0; f[e + st] = (float) v1; f[e + 2 * st] = (float) v2; f[e + 3 * st] = (float) v3; f[e + 4 * st] = (float) v4; f[e + 5 * st] = (float) v5; f[e + 6 * st] = (float) v6; f[e + 7 * st] = (float) v7;
      }
    }
  }
  public static void main(String[] a) {
    int u = 26;
    double[] table = new double[1 << u];
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < table.length; i++) table[i] = 1 + 0.5 * r.nextDouble();
    double[] buf = new double[1 << 16], buf2 = new double[1 << 16], sc = new double[1 << 16];
    float[] f = new float[(1 << 16) + 16], f2 = new float[(1 << 16) + 16];
    // natural buffer: G0 = bits 0..5, G1 = 16..20, G2 = 21..25 (a 2^16 sub-cube), base walks bits 6..15
    int reps = 7; String[] names = {"gather+toFloat", "gatherFused", "arraycopy+floatLoop", "permute+toFloat", "permuteFused"};
    long[][] t = new long[5][reps];
    for (int rep = 0; rep < reps; rep++) {
      for (int v = 0; v < 5; v++) {
        long t0 = System.nanoTime();
        for (int outer = 0; outer < 1024; outer += (v >= 3 ? 4 : 1)) {
          int base = outer << 6;
          switch (v) {
            case 0 -> { gather(table, base, 0, 6, 16, 5, 21, 5, buf); toFloat(buf, f, 12, 1 << 16); }
            case 1 -> gatherF(table, base, 0, 6, 16, 5, 21, 5, buf2, f2, 12);
            case 2 -> gatherF2(table, base, 0, 6, 16, 5, 21, 5, buf2, f2, 12);
            case 3 -> { permute(buf, 6, 5, 0, 6, 11, 5, sc); toFloat(sc, f, 12, 1 << 16); }
            default -> permuteF(buf, 6, 5, 0, 6, 11, 5, sc, f2, 12);
          }
        }
        t[v][rep] = System.nanoTime() - t0;
      }
      if (rep == 0) {
        gather(table, 64, 0, 6, 16, 5, 21, 5, buf); toFloat(buf, f, 12, 1 << 16);
        gatherF(table, 64, 0, 6, 16, 5, 21, 5, buf2, f2, 12);
        if (!Arrays.equals(buf, buf2) || !Arrays.equals(f, f2)) throw new AssertionError("gather");
        permute(buf, 6, 5, 0, 6, 11, 5, sc); toFloat(sc, f, 12, 1 << 16);
        double[] sc2 = new double[1 << 16];
        permuteF(buf, 6, 5, 0, 6, 11, 5, sc2, f2, 12);
        if (!Arrays.equals(sc, sc2) || !Arrays.equals(f, f2)) throw new AssertionError("permute");
      }
    }
    for (int v = 0; v < 5; v++) {
      long[] y = Arrays.copyOfRange(t[v], 2, reps); Arrays.sort(y);
      System.out.printf("%-20s %.1f us per 2^16 cells (median of %d)%n", names[v], y[y.length / 2] / 1e3 / (v >= 3 ? 256 : 1024), y.length);
    }
  }
}
