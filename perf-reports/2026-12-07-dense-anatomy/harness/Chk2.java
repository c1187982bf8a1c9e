package dev.llmchem.engine.cheme;
import dev.llmchem.engine.control.ProgressListener;
import java.util.*;
import java.util.concurrent.ForkJoinPool;
public class Chk2 {
  public static void main(String[] a) {
    int u = 26;
    SplittableRandom r = new SplittableRandom(1);
    double[] c = new double[1 << u];
    for (int i = 0; i < c.length; i++) c[i] = 0.01 + 0.99 * r.nextDouble();
    for (int rep = 0; rep < 8; rep++) {
      long t0 = System.nanoTime();
      var s1 = TableCheck.summarize(c, u);
      long t1 = System.nanoTime();
      var s2 = TableCheck.summarize(c, u, ProgressListener.NONE, "x", 2, ForkJoinPool.commonPool());
      long t2 = System.nanoTime();
      System.out.printf("one %.1f two %.1f ms %s%n", (t1-t0)/1e6, (t2-t1)/1e6, s1.equals(s2));
    }
  }
}
