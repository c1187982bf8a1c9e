package dev.llmchem.engine.cheme;
import java.util.*;
public class Gat {
  // runs of 64 doubles; 4 runs interleaved per step
  static void gather4(double[] src, int base, int s1, int w1, int s2, int w2, double[] dst, float[] fdst) {
    int n1 = 1 << w1, n2 = 1 << w2; int j = 0;
    for (int z2 = 0; z2 < n2; z2++) {
      for (int z1 = 0; z1 < n1; z1 += 4) {
        int a = base + (z1 << s1) + (z2 << s2);
        int b = a + (1 << s1), c = b + (1 << s1), d = c + (1 << s1);
        for (int k = 0; k < 64; k++) {
          double va = src[a + k], vb = src[b + k], vc = src[c + k], vd = src[d + k];
          dst[j + k] = va; dst[j + 64 + k] = vb; dst[j + 128 + k] = vc; dst[j + 192 + k] = vd;
        }
        j += 256;
      }
    }
  }
  static void gatherF(double[] src, int base, int s1, int w1, int s2, int w2, double[] dst, float[] fdst) {
    int n1 = 1 << w1, n2 = 1 << w2; int j = 0;
    for (int z2 = 0; z2 < n2; z2++) {
      for (int z1 = 0; z1 < n1; z1++) {
        int a = base + (z1 << s1) + (z2 << s2);
        for (int k = 0; k < 64; k++) { double v = src[a + k]; dst[j + k] = v; fdst[j + k] = (float) v; }
        j += 64;
      }
    }
  }
  public static void main(String[] x) {
    int u = 26;
    SplittableRandom r = new SplittableRandom(1);
    double[] c = new double[1 << u];
    for (int i = 0; i < c.length; i++) c[i] = 0.01 + 0.99 * r.nextDouble();
    double[] nat = new double[1 << 16]; float[] fn = new float[1 << 16];
    double[] nat2 = new double[1 << 16];
    int[][] passes = {{16, 21, 6, 11}, {6, 21, 11, 16}, {6, 11, 16, 21}}; // s1, s2, outer shifts
    for (int rep = 0; rep < 6; rep++) {
      for (int[] p : passes) {
        long t0 = System.nanoTime();
        for (int o = 0; o < 1024; o++) { int base = ((o & 31) << p[2]) | ((o >> 5) << p[3]); DenseKernel.gather(c, base, 0, 6, p[0], 5, p[1], 5, nat); DenseKernel.toFloat(nat, fn, 1 << 16); }
        long t1 = System.nanoTime();
        for (int o = 0; o < 1024; o++) { int base = ((o & 31) << p[2]) | ((o >> 5) << p[3]); gather4(c, base, p[0], 5, p[1], 5, nat2, fn); DenseKernel.toFloat(nat2, fn, 1 << 16); }
        long t2 = System.nanoTime();
        for (int o = 0; o < 1024; o++) { int base = ((o & 31) << p[2]) | ((o >> 5) << p[3]); gatherF(c, base, p[0], 5, p[1], 5, nat2, fn); }
        long t3 = System.nanoTime();
        System.out.printf("s=%d,%d: gather+toFloat %.1f  gather4+toFloat %.1f  fused %.1f ms  %s%n", p[0], p[1], (t1-t0)/1e6, (t2-t1)/1e6, (t3-t2)/1e6, Arrays.equals(nat, nat2));
      }
    }
  }
}
