package dev.llmchem.engine.control;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request the engine refuses up front because it would not fit (heap, mask width, array
 * size, enumeration budget). It carries the facts as values, so that an embedding application
 * can act on them and a front end can phrase its own advice: {@link #kind()}, {@link #what()}
 * was refused, its {@link #size()} against the {@link #limit()}, the {@link #alternatives()}
 * that would avoid it and, for heap, the {@link #heapToRequest()}. The message says the same in
 * the engine's words and names no command-line flag.
 *
 * <p>Every allocation that grows with 2^|U|, |S|^2, the number of rows or of task clusters x
 * models is estimated with {@link #requireHeap} before it is made, so an OutOfMemoryError is not
 * the way a too-large input ends.
 */
public final class LimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of limit was reached. */
  public enum Kind {
    /** {@link #size()} bytes do not fit in the free heap ({@link #limit()} bytes). */
    HEAP,
    /** A count ({@link #size()}) exceeds what the engine can index or enumerate. */
    SIZE
  }

  /** A way to avoid the limit, in the engine's words ({@link #toString()}). */
  public enum Alternative {
    /** Give the JVM more heap (see {@link LimitException#heapToRequest()}). */
    MORE_HEAP("more heap"),
    /** Analyse fewer models (e.g. restrict the history). */
    FEWER_MODELS("restrict the history to fewer models"),
    /** Fewer task clusters or models (e.g. one file per task family). */
    FEWER_TASKS_OR_MODELS("restrict the history to fewer tasks or models (e.g. one file per"
        + " task family)"),
    /** Split grades into files of fewer trials (MVLE runs per trial). */
    FEWER_TRIALS_PER_FILE("split the grades into files of fewer trials (MVLE runs per trial)"),
    /** Write the output to a file, which streams, instead of holding it. */
    STREAMING_OUTPUT("write the output to a file, which streams"),
    /** Analyse a smaller task (fewer models). */
    SMALLER_TASK("pick a smaller task"),
    /** Split the input into several smaller files. */
    SPLIT_INPUT("split the input into smaller files"),
    /** Fewer used models through a higher usefulness threshold. */
    HIGHER_THRESHOLD("a higher usefulness threshold (fewer used models)"),
    /** Fewer pairs through a higher chemistry threshold tau. */
    HIGHER_TAU("a higher chemistry threshold tau (fewer pairs)"),
    /** The exact-eq1 CHEME method: exact for the Eq. 1 cost at any |U|, no table. */
    EXACT_EQ1_METHOD("the exact-eq1 CHEME method (or auto), exact for the Eq. 1 cost at any"
        + " |U| and needing no cost table"),
    /** The dense CHEME method (|U| &lt;= 30). */
    DENSE_METHOD("the dense CHEME method"),
    /** RECOMMEND's reference local search. */
    LOCAL_SEARCH("RECOMMEND's reference local search"),
    /** An exact search for a set of a given size. */
    EXACT_OF_SIZE("an exact search for a set of a given size"),
    /** A target size nearer 1 or |S| (fewer combinations). */
    SIZE_NEARER_ENDS("a target size nearer 1 or |S|");

    private final String words;

    Alternative(String words) {
      this.words = words;
    }

    @Override public String toString() { return words; }
  }

  private final Kind kind;
  private final String what;
  private final long size;
  private final long limit;
  private final long heapToRequest;
  private final String reason;
  private final List<Alternative> alternatives;

  private LimitException(Kind kind, String what, long size, long limit, long heapToRequest,
      String reason, List<Alternative> alternatives) {
    super(reason + (alternatives.isEmpty() ? "" : "; alternatives: " + alternatives.stream()
        .map(a -> a == Alternative.MORE_HEAP && heapToRequest > 0
            ? "a heap of at least " + human(heapToRequest) : a.toString())
        .collect(Collectors.joining(", or "))));
    this.kind = kind;
    this.what = what;
    this.size = size;
    this.limit = limit;
    this.heapToRequest = heapToRequest;
    this.reason = reason;
    this.alternatives = List.copyOf(alternatives);
  }

  /**
   * A count beyond what the engine supports.
   *
   * @param what what was refused, e.g. "the dense cost table over 2^33 subsets of U"
   * @param size the count requested
   * @param limit the largest count supported
   * @param reason the whole sentence, e.g. "|U| = 33 used models: ... takes |U| &lt;= 30"
   * @param alternatives ways to avoid the limit, most useful first
   */
  public static LimitException size(String what, long size, long limit, String reason,
      Alternative... alternatives) {
    return new LimitException(Kind.SIZE, what, size, limit, 0, reason, List.of(alternatives));
  }

  /** What kind of limit was reached. */
  public Kind kind() { return kind; }

  /** What was refused, e.g. "the |S| x |S| chemistry matrix for |S| = 50000". */
  public String what() { return what; }

  /** The size requested: bytes for {@link Kind#HEAP}, else a count. */
  public long size() { return size; }

  /** The limit: usable free heap in bytes for {@link Kind#HEAP}, else the largest count. */
  public long limit() { return limit; }

  /** For {@link Kind#HEAP}: the max heap (bytes) with which the whole work would fit; else 0. */
  public long heapToRequest() { return heapToRequest; }

  /** Whether {@link #heapToRequest()} exceeds this machine's physical memory. */
  public boolean beyondMachine() {
    long ram = physicalMemory();
    return heapToRequest > 0 && ram > 0 && heapToRequest > ram;
  }

  /** The refusal without the alternatives (one sentence, no command-line flags). */
  public String reason() { return reason; }

  /** The ways to avoid the limit, most useful first (read-only). */
  public List<Alternative> alternatives() { return alternatives; }

  /**
   * Refuses when {@code bytes} will not fit in the free heap (with 10% headroom).
   *
   * @param what what would be allocated, e.g. "the dense cost table for |U| = 28"
   * @param alternatives ways besides more heap, most useful first
   */
  public static void requireHeap(long bytes, String what, Alternative... alternatives) {
    requireHeap(bytes, bytes, what, alternatives);
  }

  /**
   * Refuses when {@code bytes} will not fit in the free heap (with 10% headroom). Garbage
   * counts as free: before refusing, a full collection is requested and the heap measured
   * again. The heap to request is computed for {@code totalBytes} (a growing structure refused
   * at one step names what the whole needs); {@link Alternative#MORE_HEAP} is offered last.
   */
  public static void requireHeap(long bytes, long totalBytes, String what,
      Alternative... alternatives) {
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
    long whole = Math.max(bytes, totalBytes);
    long request = whole < 0 ? -1 : (long) ((whole + used) * 1.25);
    // in the caller's order, without repeats; more heap last when any heap would do
    Set<Alternative> ways = new LinkedHashSet<>(List.of(alternatives));
    if (request > 0) {
      ways.add(Alternative.MORE_HEAP);
    }
    String reason = what + " needs " + human(bytes) + " but only " + human(usable)
        + " of heap is free (max heap " + human(rt.maxMemory()) + ")";
    throw new LimitException(Kind.HEAP, what, bytes, usable, Math.max(0, request), reason,
        List.copyOf(ways));
  }

  /** Free heap minus 10% headroom. */
  private static long usable() {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    return free - free / 10;
  }

  /** Physical memory of the machine in bytes, or 0 when the JVM does not say. */
  public static long physicalMemory() {
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
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
