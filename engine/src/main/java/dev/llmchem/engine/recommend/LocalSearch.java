package dev.llmchem.engine.recommend;

/**
 * The reference's hill climbing (SPEC 7 step 6), with O(1) neighbour evaluation.
 *
 * <p>Starts are visited in the order given (the caller passes X_Q filtered and sorted by
 * {@link Masks#compareLex}). From the current set X the neighbours are scanned in this fixed
 * order: removals (member ascending), additions (non-member ascending), swaps (removed member
 * ascending, then added non-member ascending); only neighbours of size &gt;= minSize count.
 * The first neighbour of least loss wins (strict &lt;), the climb moves only on a strict
 * improvement, at most {@code iters} times, and a start or a move becomes the overall best
 * only when strictly lower than the best so far.
 *
 * <p>A start or a move that reaches a set already climbed from with at least as many moves
 * left stops there ({@link Visited}): its remaining path is a repeat and cannot change the
 * answer, so this only saves work.
 *
 * <p>State per step and the neighbour scans: {@link Climb} (shared with
 * {@link SizeLocalSearch}): a neighbour's loss is O(1), and after a move the state is
 * recomputed from scratch, so the current loss always equals a full recomputation bit for bit.
 * Cost: O(|X| (n - |X|)) per step plus O(n |X|) per move.
 * Stateless, thread-safe; allocates one {@code double[n]} and a small visited table
 * (O(|starts| iters)) per call.
 */
public final class LocalSearch {
  /** Index of the loss-evaluation count in the {@code counters} array. */
  public static final int EVALUATIONS = 0;
  /** Index of the accepted-move count in the {@code counters} array. */
  public static final int MOVES = 1;

  private LocalSearch() { }

  /**
   * Runs the local search.
   *
   * @param counters null, or an array of length &gt;= 2 to which evaluations and moves are added
   * @return the best set found, or 0 when every start and every neighbour is infeasible
   */
  public static long search(int n, double[] chem, double[] deg, double maxT, double maxI,
      double alpha, double beta, int iters, int minSize, long[] starts, long[] counters) {
    Climb c = new Climb(n, chem, deg, maxT, maxI, alpha, beta);
    long best = 0;
    double bestLoss = Double.POSITIVE_INFINITY;
    long evals = 0;
    int moves = 0;
    Visited visited = new Visited(starts.length * (iters + 1));
    for (long start : starts) {
      if (visited.seen(start, iters)) {
        continue;
      }
      c.moveTo(start);
      evals++;
      if (c.loss < bestLoss - c.tol) {
        best = c.set;
        bestLoss = c.loss;
      }
      for (int it = 0; it < iters; it++) {
        c.clearNext();
        if (c.size - 1 >= minSize) {
          c.scanRemovals();
        }
        if (c.size + 1 >= minSize) {
          c.scanAdditions();
        }
        if (c.size >= minSize) {
          c.scanSwaps();
        }
        if (!c.nextImproves()) {
          break;
        }
        moves++;
        if (visited.seen(c.next, iters - it - 1)) {
          break;
        }
        c.moveTo(c.next);
        if (c.loss < bestLoss - c.tol) {
          best = c.set;
          bestLoss = c.loss;
        }
      }
    }
    if (counters != null) {
      counters[EVALUATIONS] += evals + c.evaluations;
      counters[MOVES] += moves;
    }
    return best;
  }

  /**
   * The states (set, moves left) already climbed from. The climb is a deterministic function
   * of the state, so reaching a set already visited with at least as many moves left only
   * repeats a prefix of a finished climb whose losses were all offered to the best already
   * (and the best only decreases): the rest of this start cannot change the answer. Open
   * addressing on masks (0 = empty; searched sets are never empty).
   */
  static final class Visited {
    private final long[] keys;
    private final int[] left;
    private final int shift;

    Visited(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      keys = new long[cap];
      left = new int[cap];
      shift = 64 - Integer.numberOfTrailingZeros(cap);
    }

    /** True when {@code mask} was seen with &gt;= {@code movesLeft}; else records it. */
    boolean seen(long mask, int movesLeft) {
      int mask2 = keys.length - 1;
      int i = (int) ((mask * 0x9E3779B97F4A7C15L) >>> shift);
      while (keys[i] != 0 && keys[i] != mask) {
        i = (i + 1) & mask2;
      }
      if (keys[i] == mask && left[i] >= movesLeft) {
        return true;
      }
      keys[i] = mask;
      left[i] = movesLeft;
      return false;
    }
  }
}
