/**
 * Which max-reductions C2 (JDK 25) vectorises: four one-loop kernels over 2^15 terms, timed
 * after a warm-up. Which ones were vectorised: print one's code and count ymm registers, e.g.
 *   java -XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=print,Probe::floatMax \
 *        -XX:CompileCommand=quiet Probe.java > asm.txt; python3 ../../2026-12-08-zen4-alignment/harness/dis.py asm.txt f.s; grep -c ymm f.s
 * (dis.py decodes the raw bytes PrintAssembly prints without hsdis). Zen 3, AVX2: doubleMax
 * vectorised (vmaxpd + 3 vblendvpd + vcmpunordpd per step), floatMax not (scalar, unrolled),
 * floatTermDoubleMax vectorised (4 floats widened to 4 doubles), highWordMax not.
 */
public class Probe {
  static double doubleMax(double[] t, int n, int q) {
    double e = 0;
    for (int x = 0; x < n; x++) e = Math.max(e, Math.abs(t[x + q] - t[x]) / t[x + q]);
    return e;
  }
  static float floatMax(float[] f, int n, int q, float th) {
    float e = Float.NEGATIVE_INFINITY;
    for (int x = 0; x < n; x++) e = Math.max(e, Math.abs(f[x + q] - f[x]) - f[x] * th);
    return e;
  }
  static double floatTermDoubleMax(float[] f, int n, int q, float th) {
    double e = Double.NEGATIVE_INFINITY;
    for (int x = 0; x < n; x++) e = Math.max(e, (double) (Math.abs(f[x + q] - f[x]) - f[x] * th));
    return e;
  }
  static int highWordMax(double[] t, int n, int q) {
    int e = Integer.MIN_VALUE;
    for (int x = 0; x < n; x++) {
      double d = Math.abs(t[x + q] - t[x]) / t[x + q];
      e = Math.max(e, (int) (Double.doubleToRawLongBits(d) >>> 32));
    }
    return e;
  }
  public static void main(String[] a) {
    int n = 1 << 15;
    double[] t = new double[2 * n];
    float[] f = new float[2 * n];
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    for (int i = 0; i < t.length; i++) { t[i] = 1 + r.nextDouble(); f[i] = (float) t[i]; }
    double s = 0;
    String[] names = {"doubleMax", "floatMax", "floatTermDoubleMax", "highWordMax"};
    for (int k = 0; k < 4; k++) {
      long t0 = 0;
      for (int i = 0; i < 33000; i++) {
        if (i == 30000) t0 = System.nanoTime();
        s += switch (k) {
          case 0 -> doubleMax(t, n, n);
          case 1 -> floatMax(f, n, n, 0.5f);
          case 2 -> floatTermDoubleMax(f, n, n, 0.5f);
          default -> highWordMax(t, n, n);
        };
      }
      System.out.printf("%-19s %.3f ns/term%n", names[k], (System.nanoTime() - t0) / 3000.0 / n);
    }
    if (s == 42) System.out.println(s);
  }
}
