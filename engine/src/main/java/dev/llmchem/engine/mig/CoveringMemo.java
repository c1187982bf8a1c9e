package dev.llmchem.engine.mig;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Memoised covering-node lookups over one {@link Mig} (SPEC section 5: "lookups are
 * memoised"): an S mask maps to its covering node id in a fastutil
 * {@code Long2IntOpenHashMap} (no boxing; chosen over {@code HashMap<Long,Integer>} by
 * {@code MigBenchmark}). A miss costs one {@link Mig#covering} walk.
 *
 * <p>Not thread-safe: use one memo per thread (the {@link Mig} itself is shared freely).
 * Grows by one map entry per distinct mask looked up.
 */
public final class CoveringMemo {
  private final Mig mig;
  private final Long2IntOpenHashMap memo;

  /** A memo over {@code mig} with room for {@code expected} masks before it rehashes. */
  public CoveringMemo(Mig mig, int expected) {
    this.mig = mig;
    this.memo = new Long2IntOpenHashMap(Math.max(16, expected));
    this.memo.defaultReturnValue(-1);
  }

  /** The covering node id of the S mask {@code x}. */
  public int covering(long x) {
    int y = memo.get(x);
    if (y < 0) {
      y = mig.covering(x);
      memo.put(x, y);
    }
    return y;
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
