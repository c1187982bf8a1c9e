package dev.llmchem.engine;

/**
 * A request the engine refuses up front because it would not fit (heap, mask width, time):
 * the message names the size and the way out. The CLI prints it and exits 1.
 */
public final class LimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LimitException(String message) {
    super(message);
  }

  /**
   * Refuses when {@code bytes} will not fit in the free heap (with 10% headroom).
   *
   * @param what what would be allocated, e.g. "cost table for |U| = 28"
   */
  public static void requireHeap(long bytes, String what) {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (bytes < 0 || bytes > free - free / 10) {
      throw new LimitException(what + " needs " + human(bytes) + " but only " + human(free)
          + " of heap is free (max heap " + human(rt.maxMemory()) + "); raise the heap, e.g."
          + " JAVA_OPTS=-Xmx" + Math.max(2, (bytes >> 30) * 2 + 2) + "g, or use fewer models");
    }
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
