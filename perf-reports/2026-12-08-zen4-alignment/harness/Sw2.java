import dev.llmchem.engine.cheme.*;
import java.util.*;
/** Sweep-only timing: 48 random cherries over bits [lb, 16) of a 2^16 buffer, float[] copy. */
public class Sw2 { public static void main(String[] a) throws Exception {
  PairKernel k = ((PairKernel) Class.forName("dev.llmchem.vector.VectorPairKernel").getConstructor().newInstance()).forModerateTables();
  int n = 1 << 16, lb = Integer.parseInt(a[0]);
  SplittableRandom r = new SplittableRandom(5);
  double[] t = new double[n];
  for (int i = 0; i < n; i++) t[i] = 1 + 0.5 * r.nextDouble();
  float[] f = new float[n]; for (int i = 0; i < n; i++) f[i] = (float) t[i];
  Cherry[] ch = new Cherry[48];
  for (int i = 0; i < ch.length; i++) {
    int x, y, z;
    do { x = lb + r.nextInt(16 - lb); y = lb + r.nextInt(16 - lb); z = lb + r.nextInt(16 - lb); } while (x == y || y == z || x == z);
    ch[i] = new Cherry(1 << x, 1 << Math.min(y, z), 1 << Math.max(y, z), r.nextBoolean(), 2 * i, 2 * i + 1);
  }
  double rho = 0.5 * 0x1p-19;
  long terms = (long) ch.length * 4 * (n / 8);
  double[] times = new double[40]; double[] mx = new double[200];
  java.lang.reflect.Method m = null;
  for (int rep = 0; rep < 40; rep++) {
    Arrays.fill(mx, 0.0);
    long t0 = System.nanoTime();
    for (int it = 0; it < 10; it++) for (Cherry c : ch) k.cherryMax(t, f, 0, n, c, rho, mx);
    times[rep] = (System.nanoTime() - t0) / (10.0 * terms);
  }
  double[] tt = Arrays.copyOfRange(times, 10, 40); Arrays.sort(tt);
  System.out.printf("median %.4f min %.4f ns/term  check %s%n", tt[15], tt[0], Arrays.hashCode(mx));
}}
