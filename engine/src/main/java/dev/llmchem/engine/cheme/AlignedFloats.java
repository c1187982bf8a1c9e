package dev.llmchem.engine.cheme;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Float buffers for the float skip test whose cell {@code offset} sits at a 64-byte boundary
 * where the JVM lets plain Java know one. A {@code float[]} starts wherever the collector put it
 * (8-byte alignment), so the vector sweep's 64-byte loads straddle two cache lines unless the
 * array happens to be aligned; Java 17 offers no aligned heap array nor an array's address. On
 * an AMD Zen 4 VM the dense kernel at |U| = 24 ran 1.13-1.16x faster with its copies 64-byte
 * aligned than 8 bytes off, and JMH's vectorParallel took 150-187 ms over forks with plain
 * arrays (where they landed decided), 146-161 ms with aligned ones
 * (perf-reports/2026-12-08-zen4-alignment); the sweep alone is 1.3-1.4x faster on Intel.
 *
 * <p>The one placement that is known: G1 puts an array of at least half a region (a humongous
 * object) at the start of a region and does not move it in young or mixed collections; with
 * compressed class pointers and without compact object headers its cell 0 sits 16 bytes after
 * that start, so cell 12 is 64-byte aligned. When the collector is G1 with such headers, a
 * buffer is such an array, read from cell 12; otherwise (another collector or header layout,
 * the options unreadable) it is a plain array read from cell 0. A wrong guess costs speed only:
 * the kernels give bit-identical results at any offset (VectorCherryTest tries offsets 0-16).
 * G1 is the JVM's default collector; {@code ./chem} picks the serial or parallel one (faster
 * start-up and ingest on 2 cores), where the copies stay plain.
 *
 * <p>Policy ({@link #use}): a humongous buffer is at least half a region (2 MiB with 4 MiB
 * regions) where 2^16 floats need 256 KiB, and the JVM zeroes it; so it is taken only when the
 * run's terms pay for zeroing it ({@code -Dllmchem.cheme.alignedFloats=auto}, the default),
 * always ({@code on}, for tests) or never ({@code off}).
 * {@code -Dllmchem.cheme.alignedOffset=K} reads the humongous buffers from cell K mod 16
 * instead of 12 (to measure what alignment is worth on a CPU: K = 14 is 8 bytes off).
 */
final class AlignedFloats {
  /** The byte boundary the sweep's widest loads (512 bits) need. */
  static final int ALIGN = 64;
  /** Bytes from an array's start to its cell 0 with compressed class pointers (G1, HotSpot). */
  static final int BASE_OFFSET = 16;

  private AlignedFloats() { }

  /** A buffer: cells {@code offset .. offset + n - 1} of {@code array}. */
  record Buffer(float[] array, int offset) { }

  /** A plain buffer of n cells at offset 0. */
  static Buffer plain(int n) {
    return new Buffer(new float[n], 0);
  }

  /** A buffer of n cells, 64-byte aligned at its offset if {@code aligned} and G1 allows. */
  static Buffer allocate(int n, boolean aligned) {
    long region = Region.BYTES;
    if (!aligned || region == 0) {
      return plain(n);
    }
    int offset = Math.floorMod(Integer.getInteger("llmchem.cheme.alignedOffset",
        (ALIGN - BASE_OFFSET) / Float.BYTES), ALIGN / Float.BYTES);
    long cells = Math.max((long) n + offset, region / 2 / Float.BYTES);
    return cells > Integer.MAX_VALUE - 16 ? plain(n) : new Buffer(new float[(int) cells], offset);
  }

  /**
   * Runs from this many terms (|U| >= 22) may take aligned buffers under {@code auto}: reading
   * the collector's options loads the JVM's management classes once, ~30 ms cold (JDK 25, this
   * VM), which a smaller first run would feel.
   */
  static final long AUTO_FROM_TERMS = 1L << 27;

  /**
   * Whether a run of {@code terms} terms with {@code buffers} float buffers of {@code n} cells
   * takes aligned ones: the property's choice, or with {@code auto} from
   * {@link #AUTO_FROM_TERMS} terms when G1 allows and the bytes the JVM zeroes for them are at
   * most terms / 8 (the sweep saves ~0.03 ns per term, zeroing costs ~0.05 ns per byte: a fourth
   * of the gain at most; |U| = 22 with 4 MiB regions qualifies).
   */
  static boolean use(long terms, int buffers, int n) {
    String p = System.getProperty("llmchem.cheme.alignedFloats", "auto");
    if (p.equals("off") || (!p.equals("on") && terms < AUTO_FROM_TERMS) || Region.BYTES == 0) {
      return false;
    }
    if (p.equals("on")) {
      return true;
    }
    return buffers * bytes(n, true) <= terms / 8;
  }

  /** Bytes of one buffer of n cells as {@link #allocate} would make it (for memory checks). */
  static long bytes(int n, boolean aligned) {
    return aligned && Region.BYTES > 0 ? Math.max(4L * n + ALIGN, Region.BYTES / 2) : 4L * n;
  }

  /**
   * G1's region size in bytes when this JVM runs G1 with the header layout above, else 0. Read
   * once, on first use (the management classes load only for a run that asks).
   */
  static final class Region {
    static final long BYTES = probe();

    private Region() { }

    private static long probe() {
      try {
        HotSpotDiagnosticMXBean vm =
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null || !on(vm, "UseG1GC") || !on(vm, "UseCompressedClassPointers")
            || on(vm, "UseCompactObjectHeaders")) {
          return 0;
        }
        long size = Long.parseLong(vm.getVMOption("G1HeapRegionSize").getValue());
        return size > 0 && Long.bitCount(size) == 1 ? size : 0;
      } catch (RuntimeException | LinkageError e) {
        return 0; // not HotSpot, no jdk.management, an option unknown: plain buffers
      }
    }

    /** Whether the boolean VM option is on; false when this JVM does not know it. */
    private static boolean on(HotSpotDiagnosticMXBean vm, String option) {
      try {
        return Boolean.parseBoolean(vm.getVMOption(option).getValue());
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
