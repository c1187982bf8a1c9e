package dev.llmchem.vector;
import dev.llmchem.engine.cheme.Cherry;
import java.util.*;
public class AlRewrite {
  public static void main(String[] a) throws Exception {
    int n = 1 << 16;
    int lane = 6;
    SplittableRandom r = new SplittableRandom(3);
    int fl = Integer.getInteger("flen", n + 64); double[] t = new double[n + 64]; float[] f = new float[fl];
    double[] src = new double[n];
    for (int i = 0; i < n; i++) src[i] = 0.01 + 0.99 * r.nextDouble();
    List<int[]> cs = new ArrayList<>();
    for (int p = lane; p < 16; p++) for (int q = lane; q < 16; q++) for (int s = q + 1; s < 16; s++)
      if (p != q && p != s && cs.size() < 24 && (p + q + s) % 3 == 0) cs.add(new int[] {p, q, s});
    Cherry[] ch = new Cherry[cs.size()];
    for (int i = 0; i < ch.length; i++) { int[] c = cs.get(i); ch[i] = new Cherry(1 << c[0], 1 << c[1], 1 << c[2], (i & 1) == 1, 2 * i, 2 * i + 1); }
    double rho = 100 * 0x1p-19;
    double[] mx = new double[200];
    long terms = (long) ch.length * 4 * (n / 8);
    int[] offs = {0, 2, 4, 6, 8, 10, 12, 14};
    double[][] times = new double[offs.length][30];
    for (int rep = 0; rep < 30; rep++) {
      for (int k = 0; k < offs.length; k++) {
        int off = offs[k];
        Arrays.fill(t, 0); Arrays.fill(f, 0);
        for (int i = 0; i < n; i++) { t[i + off] = src[i]; f[i + off] = (float) src[i]; }
        Arrays.fill(mx, 0.0);
        for (Cherry c : ch) VO.cherryMax(t, f, n, c, rho, mx, off);
        long t0 = System.nanoTime();
        boolean rw = Boolean.getBoolean("rewrite");
        for (int it = 0; it < 10; it++) { if (rw) for (int i = 0; i < n; i++) f[i + off] = (float) src[i]; for (Cherry c : ch) VO.cherryMax(t, f, n, c, rho, mx, off); }
        times[k][rep] = (System.nanoTime() - t0) / (10.0 * terms);
      }
    }
    for (int k = 0; k < offs.length; k++) {
      double[] tt = Arrays.copyOfRange(times[k], 5, 30); Arrays.sort(tt);
      System.out.printf("off=%2d median %.4f min %.4f ns/term%n", offs[k], tt[tt.length / 2], tt[0]);
    }
  }
}
