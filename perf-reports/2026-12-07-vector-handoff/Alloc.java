public class Alloc {
  public static void main(String[] a) {
    for (int i = 0; i < 2; i++) {
      long t0 = System.nanoTime();
      double[] d = new double[1 << 28];
      long t1 = System.nanoTime();
      for (int k = 0; k < d.length; k += 512) d[k] = k;
      long t2 = System.nanoTime();
      System.out.printf("alloc %.2f s, touch %.2f s (%d)%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (long) d[1024]);
    }
  }
}
