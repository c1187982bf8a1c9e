package dev.llmchem.engine.mig;

import org.agrona.collections.Long2LongHashMap;

/**
 * Memoised covering-node lookups over one {@link Mig} (SPEC section 5: "lookups are
 * memoised"): an S mask maps to its covering node id in an Agrona {@code Long2LongHashMap}
 * (open addressing, no boxing, no JVM flags needed for Agrona's collections). Chosen by
 * {@code MigBenchmark}: on this machine 4,096 warm lookups took 23-29 µs with Agrona against
 * 39-52 µs with fastutil's {@code Long2IntOpenHashMap} and 34-52 µs with a boxed
 * {@code HashMap} (perf-reports/mig-memo.md). A miss costs one {@link Mig#covering} walk.
 *
 * <p>Not thread-safe: use one memo per thread (the {@link Mig} itself is shared freely).
 * Grows by one map entry per distinct mask looked up.
 */
public final class CoveringMemo {
  private static final long MISSING = -1L;
  private final Mig mig;
  private final Long2LongHashMap memo;

  /** A memo over {@code mig} with room for {@code expected} masks before it rehashes. */
  public CoveringMemo(Mig mig, int expected) {
    this.mig = mig;
    this.memo = new Long2LongHashMap(Math.max(16, expected), 0.65f, MISSING);
  }

  /** The covering node id of the S mask {@code x}. */
  public int covering(long x) {
    long y = memo.get(x);
    if (y == MISSING) {
      y = mig.covering(x);
      memo.put(x, y);
    }
    return (int) y;
  }

  /** cost(X) for the S mask {@code x}. */
  public double costOf(long x) {
    return mig.cost(covering(x));
  }

  /** Number of distinct masks memoised so far. */
  public int size() {
    return memo.size();
  }
}
