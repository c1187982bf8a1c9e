package dev.llmchem.engine.cheme;
import dev.llmchem.engine.mig.UsedMap;
import java.util.*;
public class B26 {
  public static void main(String[] a) {
    int u = Integer.parseInt(a[0]); int reps = Integer.parseInt(a[1]);
    SplittableRandom r = new SplittableRandom(20261126L);
    double[] c = new double[1 << u];
    for (int i = 0; i < c.length; i++) c[i] = 0.01 + 0.99 * r.nextDouble();
    UsedMap map = UsedMap.allUsed(u);
    double[] t = new double[reps]; double[] s = new double[reps];
    ChemMatrix m = null;
    for (int i = 0; i < reps; i++) {
      long t0 = System.nanoTime();
      TableCheck.summarize(c, u);
      long t1 = System.nanoTime();
      m = DenseCheme.parallel(c, map, DenseCheme.Kernel.VECTOR);
      long t2 = System.nanoTime();
      s[i] = (t1 - t0) / 1e6; t[i] = (t2 - t1) / 1e6;
      System.out.printf("rep %d check %.1f ms cheme %.1f ms%n", i, s[i], t[i]);
    }
    long h = 0; for (int i = 0; i < u; i++) for (int j = i+1; j < u; j++) h = h * 31 + Double.doubleToLongBits(m.chem(i, j));
    double[] tt = Arrays.copyOfRange(t, 2, reps); Arrays.sort(tt);
    double[] ss = Arrays.copyOfRange(s, 2, reps); Arrays.sort(ss);
    System.out.printf("median(after 2) cheme %.1f ms check %.1f ms hash %s%n", tt[tt.length/2], ss[ss.length/2], Long.toString(h));
  }
}
