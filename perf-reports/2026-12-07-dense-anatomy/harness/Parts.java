package dev.llmchem.engine.cheme;
import java.util.*;
public class Parts {
  public static void main(String[] a) {
    int u = 26;
    SplittableRandom r = new SplittableRandom(1);
    double[] c = new double[1 << u];
    for (int i = 0; i < c.length; i++) c[i] = 0.01 + 0.99 * r.nextDouble();
    double[] nat = new double[1 << 16], scr = new double[1 << 16];
    float[] fn = new float[1 << 16];
    for (int rep = 0; rep < 5; rep++) {
      long t0 = System.nanoTime();
      // pass over groups: G0 bits 0-5, G1 6-10, G2 11-15, G3 16-20, G4 21-25; pass (G3,G4): gather strided
      for (int o = 0; o < 1024; o++) {
        int base = ((o & 31) << 6) | ((o >> 5) << 11);
        DenseKernel.gather(c, base, 0, 6, 16, 5, 21, 5, nat);
      }
      long t1 = System.nanoTime();
      for (int o = 0; o < 1024; o++) DenseKernel.toFloat(nat, fn, 1 << 16);
      long t2 = System.nanoTime();
      for (int o = 0; o < 2048; o++) Transpose.permute(nat, 6, 5, 0, 6, 11, 5, scr);
      long t3 = System.nanoTime();
      long t4 = System.nanoTime();
      for (int o = 0; o < 1024; o++) TableCheck.summarize(nat, 16);
      long t5 = System.nanoTime();
      System.out.printf("per pass (1024 loads): gather %.1f toFloat %.1f dpermute x2 %.1f summarize16 %.1f ms%n",
        (t1-t0)/1e6, (t2-t1)/1e6, (t3-t2)/1e6, (t5-t4)/1e6);
    }
  }
}
