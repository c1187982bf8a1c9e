package dev.llmchem.vector;
import dev.llmchem.engine.cheme.Cherry;
import java.lang.foreign.*;
import java.util.*;
public class Ms {
  public static void main(String[] a) throws Exception {
    int n = 1 << 16;
    SplittableRandom r = new SplittableRandom(3);
    double[] t = new double[n]; float[] f = new float[n];
    for (int i = 0; i < n; i++) { t[i] = 0.01 + 0.99 * r.nextDouble(); f[i] = (float) t[i]; }
    Arena arena = Arena.ofAuto();
    MemorySegment seg = arena.allocate((long) n * 4 + 64, 64);
    MemorySegment mis = seg.asSlice(8, (long) n * 4);   // misaligned by 8 bytes
    MemorySegment al = seg.asSlice(0, (long) n * 4);
    MemorySegment.copy(f, 0, al, ValueLayout.JAVA_FLOAT, 0, n);
    MemorySegment seg2 = arena.allocate((long) n * 4 + 64, 64);
    MemorySegment mis2 = seg2.asSlice(8, (long) n * 4);
    MemorySegment.copy(f, 0, mis2, ValueLayout.JAVA_FLOAT, 0, n);
    List<int[]> cs = new ArrayList<>();
    for (int p = 6; p < 16; p++) for (int q = 6; q < 16; q++) for (int s = q + 1; s < 16; s++)
      if (p != q && p != s && cs.size() < 24 && (p + q + s) % 3 == 0) cs.add(new int[] {p, q, s});
    Cherry[] ch = new Cherry[cs.size()];
    for (int i = 0; i < ch.length; i++) { int[] c = cs.get(i); ch[i] = new Cherry(1 << c[0], 1 << c[1], 1 << c[2], (i & 1) == 1, 2 * i, 2 * i + 1); }
    double rho = 100 * 0x1p-19;
    long terms = (long) ch.length * 4 * (n / 8);
    String[] names = {"array", "segAligned", "segMis8"};
    double[][] times = new double[3][30];
    double[][] mxs = new double[3][200];
    for (int rep = 0; rep < 30; rep++) {
      for (int k = 0; k < 3; k++) {
        double[] mx = mxs[k];
        Arrays.fill(mx, 0.0);
        long t0 = System.nanoTime();
        for (int it = 0; it < 10; it++) for (Cherry c : ch) {
          if (k == 0) VectorCherryFloat.cherryMax(t, f, n, c, rho, mx);
          else VM.cherryMax(t, k == 1 ? al : mis2, n, c, rho, mx);
        }
        times[k][rep] = (System.nanoTime() - t0) / (10.0 * terms);
      }
    }
    for (int k = 0; k < 3; k++) {
      double[] tt = Arrays.copyOfRange(times[k], 5, 30); Arrays.sort(tt);
      System.out.printf("%-11s median %.4f min %.4f ns/term equal=%s%n", names[k], tt[tt.length / 2], tt[0], Arrays.equals(mxs[k], mxs[0]));
    }
  }
}
