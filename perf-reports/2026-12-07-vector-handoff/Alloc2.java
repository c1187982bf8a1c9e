public class Alloc2 {
  static volatile Object sink;
  public static void main(String[] a) throws Exception {
    int threads = Integer.parseInt(a[0]);
    long t0 = System.nanoTime();
    if (threads > 0) {
      int chunk = (1 << 28) / (threads * 4);
      Thread[] ts = new Thread[threads];
      for (int t = 0; t < threads; t++) {
        ts[t] = new Thread(() -> { for (int k = 0; k < 4; k++) { double[] d = new double[chunk]; sink = d; } });
        ts[t].start();
      }
      for (Thread t : ts) t.join();
      sink = null;
    }
    long t1 = System.nanoTime();
    double[] d = new double[1 << 28];
    long t2 = System.nanoTime();
    for (int k = 0; k < d.length; k += 512) d[k] = k;
    long t3 = System.nanoTime();
    System.out.printf("threads %d: pre %.2f s, alloc %.2f s, touch %.2f s, total %.2f s%n", threads, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9);
  }
}
