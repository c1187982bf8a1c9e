package dev.llmchem.engine.cheme;

/**
 * Two pairs of U that share a member (a "cherry"), as {@link PairKernel#cherryMax} sweeps them
 * over one buffer: (shared, other1) and (shared, other2). Not a stable API.
 *
 * <p>Offsets are bit offsets into the buffer's layout ({@code 1 << bit}), three distinct powers
 * of two. The shared member is the first member in S order of both pairs, or, when
 * {@code sharedIsSecond}, the second of both: that role fixes the order of each term's
 * subtraction ({@code f}, {@code g} of {@link PairKernel}; {@link #firstOf}, {@link #secondOf}).
 * The pairs' maxima accumulate into slots {@code slot1} and {@code slot2} of the worker's
 * per-pair array.
 *
 * <p>Built once per layout by the plan ({@link SweepOrder}), one per group of two pairs, and
 * only read afterwards: the workers' hot path allocates nothing. Immutable, thread-safe.
 *
 * @param shared offset of the member both pairs share
 * @param other1 offset of the first pair's other member
 * @param other2 offset of the second pair's other member
 * @param sharedIsSecond whether {@code shared} is the second member in S order of both pairs
 * @param slot1 the first pair's slot in the per-pair maxima
 * @param slot2 the second pair's slot in the per-pair maxima
 */
public record Cherry(int shared, int other1, int other2, boolean sharedIsSecond, int slot1,
    int slot2) {
  /** Offset of the first member in S order of the pair (shared, {@code other}). */
  public int firstOf(int other) {
    return sharedIsSecond ? other : shared;
  }

  /** Offset of the second member in S order of the pair (shared, {@code other}). */
  public int secondOf(int other) {
    return sharedIsSecond ? shared : other;
  }

  /** The smallest of the three offsets. */
  public int low() {
    return Math.min(shared, Math.min(other1, other2));
  }

  /** The middle one of the three offsets. */
  public int mid() {
    return shared + other1 + other2 - low() - high();
  }

  /** The largest of the three offsets. */
  public int high() {
    return Math.max(shared, Math.max(other1, other2));
  }
}
