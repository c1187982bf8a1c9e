import dev.llmchem.engine.cheme.*;
import java.util.*;
public class Sw { public static void main(String[] a) throws Exception {
  PairKernel k = ((PairKernel) Class.forName("dev.llmchem.vector.VectorPairKernel").getConstructor().newInstance()).forModerateTables();
  int n = 1 << 16;
  SplittableRandom r = new SplittableRandom(3);
  double[] t = new double[n];
  for (int i = 0; i < n; i++) t[i] = 1 + 0.5 * r.nextDouble();
  FloatCopy seg = k.floatCopy(n); seg.load(t, n);
  FloatCopy.OnHeap arr = new FloatCopy.OnHeap(n); arr.load(t, n);
  List<int[]> cs = new ArrayList<>();
  int lb = Integer.parseInt(a[0]); for (int p = lb; p < 16; p++) for (int q = lb; q < 16; q++) for (int s = q + 1; s < 16; s++)
    if (p != q && p != s && cs.size() < 24 && (p + q + s) % 3 == 0) cs.add(new int[] {p, q, s});
  Cherry[] ch = new Cherry[cs.size()];
  for (int i = 0; i < ch.length; i++) { int[] c = cs.get(i); ch[i] = new Cherry(1 << c[0], 1 << c[1], 1 << c[2], (i & 1) == 1, 2 * i, 2 * i + 1); }
  double rho = 0.5 * 0x1p-19;
  long terms = (long) ch.length * 4 * (n / 8);
  double[][] times = new double[2][30]; double[][] mxs = new double[2][200];
  for (int rep = 0; rep < 30; rep++) for (int kk = 0; kk < 2; kk++) {
    double[] mx = mxs[kk]; Arrays.fill(mx, 0.0);
    long t0 = System.nanoTime();
    for (int it = 0; it < 10; it++) { if (a.length > 1) { if (kk == 0) arr.load(t, n); else seg.load(t, n); } for (Cherry c : ch) k.cherryMax(t, kk == 0 ? arr : seg, n, c, rho, mx); }
    times[kk][rep] = (System.nanoTime() - t0) / (10.0 * terms);
  }
  String[] names = {"heap", "segment"};
  for (int kk = 0; kk < 2; kk++) { double[] tt = Arrays.copyOfRange(times[kk], 5, 30); Arrays.sort(tt);
    System.out.printf("%-8s median %.4f min %.4f ns/term equal=%s%n", names[kk], tt[12], tt[0], Arrays.equals(mxs[kk], mxs[0])); }
  System.out.println(seg);
}}
