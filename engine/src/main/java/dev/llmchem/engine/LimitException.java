package dev.llmchem.engine;

import java.lang.management.ManagementFactory;

/**
 * A request the engine refuses up front because it would not fit (heap, mask width, array
 * size, enumeration budget): the message names the size and the way out. The CLI prints it
 * and exits 1. Every allocation that grows with 2^|U|, |S|^2, the number of rows or of task
 * clusters x models is estimated with {@link #requireHeap} before it is made, so an
 * OutOfMemoryError is not the way a too-large input ends.
 */
public final class LimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LimitException(String message) {
    super(message);
  }

  /**
   * Refuses when {@code bytes} will not fit in the free heap (with 10% headroom); the way out
   * offered is more heap or fewer models.
   *
   * @param what what would be allocated, e.g. "cost table for |U| = 28"
   */
  public static void requireHeap(long bytes, String what) {
    requireHeap(bytes, what, "use fewer models");
  }

  /**
   * Refuses when {@code bytes} will not fit in the free heap (with 10% headroom). Garbage
   * counts as free: before refusing, a full collection is requested and the heap measured
   * again. The message names the size, the heap, the heap to ask for and {@code otherWay}.
   *
   * @param what what would be allocated, e.g. "the dense cost table for |U| = 28"
   * @param otherWay the way out besides more heap, e.g. "use --method exact-eq1"
   */
  public static void requireHeap(long bytes, String what, String otherWay) {
    requireHeap(bytes, bytes, what, otherWay);
  }

  /**
   * As {@link #requireHeap(long, String, String)}, with the heap suggested for
   * {@code totalBytes} (a growing structure refused at one step names what the whole needs).
   */
  public static void requireHeap(long bytes, long totalBytes, String what, String otherWay) {
    if (bytes >= 0 && bytes <= usable()) {
      return;
    }
    System.gc();
    long usable = usable();
    if (bytes >= 0 && bytes <= usable) {
      return;
    }
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    throw new LimitException(what + " needs " + human(bytes) + " but only " + human(usable)
        + " of heap is free (max heap " + human(rt.maxMemory()) + "); " + otherWay + ", or "
        + moreHeap(Math.max(bytes, totalBytes), used));
  }

  /** Free heap minus 10% headroom. */
  private static long usable() {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    return free - free / 10;
  }

  /** "raise the heap: JAVA_OPTS=-Xmx12g" or, beyond the machine's memory, says so. */
  static String moreHeap(long bytes, long used) {
    if (bytes < 0) {
      return "nothing: no heap holds it";
    }
    long need = (long) ((bytes + used) * 1.25);
    long gib = Math.max(1, (need + (1L << 30) - 1) >> 30);
    long ram = physicalMemory();
    if (ram > 0 && gib << 30 > ram) {
      return "a machine with more than " + human(ram) + " of memory (it would need -Xmx" + gib
          + "g)";
    }
    return "raise the heap: JAVA_OPTS=-Xmx" + gib + "g";
  }

  /** Physical memory of the machine in bytes, or 0 when the JVM does not say. */
  private static long physicalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return 0;
  }

  /** Bytes as a short human string (KiB, MiB, GiB). */
  public static String human(long bytes) {
    if (bytes < 0) {
      return "more than 8 EiB";
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
