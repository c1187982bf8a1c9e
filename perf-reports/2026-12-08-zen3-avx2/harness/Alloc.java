/** What a dense call at |U| = 16 allocates for 2 workers (DoubleWorker: a 2^16-double scratch and two float copies), made on one thread as before e3f0514: ~205 us per call. */
public class Alloc {
  static Object sink;
  public static void main(String[] a) {
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < 2000; i++) {
        for (int w = 0; w < 2; w++) {
          double[] s = new double[1 << 16]; float[] f1 = new float[(1 << 16) + 16]; float[] f2 = new float[(1 << 16) + 16];
          s[i & 1023] = 1; f1[i & 1023] = 1; f2[i & 1023] = 1; sink = s; sink = f1; sink = f2;
        }
      }
      System.out.printf("%.1f us per call ", (System.nanoTime() - t0) / 2000 / 1e3);
    }
    System.out.println();
  }
}
