package dev.llmchem.vector;
import dev.llmchem.engine.cheme.Cherry;
import java.util.*;
public class Sweeps {
  interface K { void run(double[] t, float[] f, int n, Cherry c, double rho, double[] mx); }
  public static void main(String[] a) throws Exception {
    int n = 1 << Integer.getInteger("nb", 16);
    int lane = Integer.parseInt(a[0]);   // free low bits (5 or 6)
    SplittableRandom r = new SplittableRandom(3);
    double[] t = new double[n]; float[] f = new float[n];
    for (int i = 0; i < n; i++) { t[i] = 0.01 + 0.99 * r.nextDouble(); f[i] = (float) t[i]; }
    List<int[]> cs = new ArrayList<>();
    int hb = Integer.getInteger("nb", 16); for (int p = lane; p < hb; p++) for (int q = lane; q < hb; q++) for (int s = q + 1; s < hb; s++)
      if (p != q && p != s && cs.size() < 24 && (p + q + s) % 3 == 0) cs.add(new int[] {p, q, s});
    Cherry[] ch = new Cherry[cs.size()];
    for (int i = 0; i < ch.length; i++) { int[] c = cs.get(i); ch[i] = new Cherry(1 << c[0], 1 << c[1], 1 << c[2], (i & 1) == 1, 2 * i, 2 * i + 1); }
    double rho = 100 * 0x1p-19;
    String[] names = a.length > 1 ? a[1].split(",") : new String[] {"orig", "C"};
    K[] ks = new K[names.length];
    for (int i = 0; i < names.length; i++) {
      switch (names[i]) {
        case "orig" -> ks[i] = VectorCherryFloat::cherryMax;
        case "C" -> ks[i] = VC::cherryMax;
        default -> throw new IllegalArgumentException(names[i]);
      }
    }
    double[][] mxs = new double[ks.length][200];
    long terms = (long) ch.length * 4 * (n / 8);
    double[][] times = new double[ks.length][40];
    for (int rep = 0; rep < 40; rep++) {
      for (int k = 0; k < ks.length; k++) {
        if (rep % 10 == 0) Arrays.fill(mxs[k], 0.0); // some early, unconverged sweeps too
        long t0 = System.nanoTime();
        for (int it = 0; it < 10; it++) for (Cherry c : ch) ks[k].run(t, f, n, c, rho, mxs[k]);
        times[k][rep] = (System.nanoTime() - t0) / (10.0 * terms);
      }
    }
    for (int k = 0; k < ks.length; k++) {
      double[] tt = Arrays.copyOfRange(times[k], 10, 40); Arrays.sort(tt);
      System.out.printf("%s %.4f ns/term  equal=%s%n", names[k], tt[tt.length / 2], Arrays.equals(mxs[k], mxs[0]));
    }
  }
}
