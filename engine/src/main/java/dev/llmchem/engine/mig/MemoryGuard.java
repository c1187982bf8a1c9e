package dev.llmchem.engine.mig;

/**
 * Refuses an allocation that would not fit in the heap with a clear
 * {@link IllegalArgumentException} instead of an {@link OutOfMemoryError}. Public because the
 * CHEME kernels use it too; not part of the engine's stable API.
 */
public final class MemoryGuard {
  private MemoryGuard() { }

  /**
   * Checks that {@code bytes} more can be allocated: compares with the heap maximum minus what
   * is in use now (a conservative estimate; garbage is counted as used).
   *
   * @param bytes what the caller is about to allocate
   * @param what  a description of the structure, with its sizes, for the message
   */
  public static void require(long bytes, String what) {
    Runtime rt = Runtime.getRuntime();
    long inUse = rt.totalMemory() - rt.freeMemory();
    long avail = rt.maxMemory() - inUse;
    if (bytes < 0 || bytes > avail) {
      throw new IllegalArgumentException(what + " needs about " + bytes + " bytes ("
          + (bytes >> 20) + " MiB) but only " + (avail >> 20) + " MiB of heap are available"
          + " (-Xmx " + (rt.maxMemory() >> 20) + " MiB)");
    }
  }
}
