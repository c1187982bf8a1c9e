package dev.llmchem.vector;
import dev.llmchem.engine.cheme.*;
import java.util.*;
import jdk.incubator.vector.*;
public class Tr {
  static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  static final int L = S.length();
  // dst[db + a*n0 + b] = src[sb + (b<<s0) + a]  for a < n1, b < n0 (s1 == 0); z2 blocks
  static void permuteGather(double[] src, int s0, int w0, int w1, int s2, int w2, double[] dst, float[] fdst, int[] idx) {
    int n0 = 1 << w0, n1 = 1 << w1, n2 = 1 << w2;
    for (int z2 = 0; z2 < n2; z2++) {
      int sb = z2 << s2, db = z2 << (w0 + w1);
      for (int a = 0; a < n1; a++) {
        for (int b = 0; b < n0; b += L) {
          DoubleVector v = DoubleVector.fromArray(S, src, sb + (b << s0) + a, idx, 0);
          int d = db + (a << w0) + b;
          v.intoArray(dst, d);
          ((FloatVector) v.convertShape(VectorOperators.D2F, FloatVector.SPECIES_256, 0)).intoArray(fdst, d);
        }
      }
    }
  }
  public static void main(String[] x) throws Exception {
    int n = 1 << 16;
    double[] nat = new double[n], scr = new double[n], scr2 = new double[n];
    float[] fs = new float[n], fs2 = new float[n];
    SplittableRandom r = new SplittableRandom(2);
    for (int i = 0; i < n; i++) nat[i] = r.nextDouble();
    int s0 = 6, w0 = 5, w1 = 6, s2 = 11, w2 = 5;
    int[] idx = new int[L];
    for (int i = 0; i < L; i++) idx[i] = i << s0;
    java.lang.reflect.Method perm = Class.forName("dev.llmchem.engine.cheme.Transpose").getDeclaredMethod("permute", double[].class, int.class, int.class, int.class, int.class, int.class, int.class, double[].class);
    perm.setAccessible(true);
    java.lang.reflect.Method tof = Class.forName("dev.llmchem.engine.cheme.DenseKernel").getDeclaredMethod("toFloat", double[].class, float[].class, int.class);
    tof.setAccessible(true);
    for (int rep = 0; rep < 8; rep++) {
      long t0 = System.nanoTime();
      for (int o = 0; o < 1024; o++) { perm.invoke(null, nat, s0, w0, 0, w1, s2, w2, scr); tof.invoke(null, scr, fs, n); }
      long t1 = System.nanoTime();
      for (int o = 0; o < 1024; o++) permuteGather(nat, s0, w0, w1, s2, w2, scr2, fs2, idx);
      long t2 = System.nanoTime();
      System.out.printf("scalar permute+toFloat %.1f  gather permute(+float) %.1f ms  %s %s%n", (t1-t0)/1e6, (t2-t1)/1e6, Arrays.equals(scr, scr2), Arrays.equals(fs, fs2));
    }
  }
}
