package dev.llmchem.engine.mig;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.LimitException;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.function.LongToDoubleFunction;

/**
 * The Model Interaction Graph of SPEC section 5 as primitive arrays. Node {@code i} has the S
 * mask {@link #mask}, the used mask {@link #usedMask} and the cost {@link #cost}; its child
 * edges are {@code childStart[i] .. childStart[i+1]} in CSR form, each with the child id and
 * the S index of the removed member.
 *
 * <p>Construction is breadth-first from the root S (node 0) exactly as the reference builds
 * it: the children of X are X \ {m} for every m in used(X) (ascending S index), or for every
 * member when used(X) is empty; an existing child is linked, not created again. Node ids are
 * the BFS insertion order. Node count = 2^|U| + 2^|S\U| - 1.
 *
 * <p>Immutable and thread-safe once built. {@link #covering} walks from the root (no
 * allocation, O(|S|) steps, each scanning at most |S| edges); memoise it with
 * {@link CoveringMemo}. Building allocates O(nodes + edges) and is refused with an
 * {@link LimitException} when that would not fit in the heap.
 */
public final class Mig {
  private final int s;
  private final long used;
  private final long[] mask;
  private final long[] usedMask;
  private final double[] cost;
  private final int[] childStart;
  private final int[] child;
  private final byte[] removed;

  private Mig(int s, long used, long[] mask, long[] usedMask, double[] cost, int[] childStart,
      int[] child, byte[] removed) {
    this.s = s;
    this.used = used;
    this.mask = mask;
    this.usedMask = usedMask;
    this.cost = cost;
    this.childStart = childStart;
    this.child = child;
    this.removed = removed;
  }

  /**
   * Builds the MIG from a dense cost table over U.
   *
   * @param map  the embedding of U into S
   * @param cost cost table of length 2^|U| indexed by U mask (any non-negative values)
   */
  public static Mig build(UsedMap map, double[] cost) {
    if (cost.length != 1 << map.u()) {
      throw new IllegalArgumentException("cost table length " + cost.length + " != 2^|U| = "
          + (1L << map.u()));
    }
    return build(map.s(), map.usedMask(), x -> cost[map.compress(x)]);
  }

  /**
   * Builds the MIG from a cost function of S masks.
   *
   * @param s          |S|, 0..63
   * @param usedMask   S mask of U
   * @param costOfMask cost(X) for an S mask X; called once per node, from this thread
   */
  public static Mig build(int s, long usedMask, LongToDoubleFunction costOfMask) {
    if (s < 0 || s > 63) {
      throw new IllegalArgumentException("|S| must be in 0..63 for a MIG, got " + s);
    }
    long all = s == 0 ? 0 : -1L >>> (64 - s);
    if ((usedMask & ~all) != 0) {
      throw new IllegalArgumentException("used mask has bits outside S");
    }
    int u = Long.bitCount(usedMask);
    long nodes = expectedNodeCount(s, u);
    long edges = (long) u << Math.max(0, u - 1);
    edges += (long) (s - u) << Math.max(0, s - u - 1);
    long bytes = nodes * (8 + 8 + 8 + 4 + 16) + edges * 5;
    LimitException.requireHeap(bytes, "MIG with |S| = " + s + ", |U| = " + u + " (" + nodes
        + " nodes)", Alternative.HIGHER_THRESHOLD, Alternative.FEWER_MODELS);
    int n = (int) nodes;
    long[] mask = new long[n];
    long[] usedOf = new long[n];
    double[] cost = new double[n];
    int[] childStart = new int[n + 1];
    IntArrayList child = new IntArrayList((int) Math.min(edges, Integer.MAX_VALUE - 8));
    IntArrayList removed = new IntArrayList((int) Math.min(edges, Integer.MAX_VALUE - 8));
    Long2IntOpenHashMap id = new Long2IntOpenHashMap(n);
    id.defaultReturnValue(-1);
    int count = 0;
    mask[0] = all;
    usedOf[0] = all & usedMask;
    cost[0] = costOfMask.applyAsDouble(all);
    id.put(all, 0);
    count = 1;
    for (int head = 0; head < count; head++) {
      childStart[head] = child.size();
      long x = mask[head];
      long members = usedOf[head] != 0 ? usedOf[head] : x;
      for (long t = members; t != 0; t &= t - 1) {
        int m = Long.numberOfTrailingZeros(t);
        long y = x & ~(1L << m);
        int c = id.get(y);
        if (c < 0) {
          if (count == n) {
            throw new IllegalStateException("MIG node count exceeds 2^|U| + 2^|S\\U| - 1");
          }
          c = count++;
          mask[c] = y;
          usedOf[c] = y & usedMask;
          cost[c] = costOfMask.applyAsDouble(y);
          id.put(y, c);
        }
        child.add(c);
        removed.add(m);
      }
    }
    childStart[count] = child.size();
    if (count != n) {
      throw new IllegalStateException("MIG has " + count + " nodes, expected " + n);
    }
    byte[] rem = new byte[removed.size()];
    for (int i = 0; i < rem.length; i++) {
      rem[i] = (byte) removed.getInt(i);
    }
    return new Mig(s, usedMask, mask, usedOf, cost, childStart, child.toIntArray(), rem);
  }

  /** 2^u + 2^(s-u) - 1: the node count of SPEC section 5. */
  public static long expectedNodeCount(int s, int u) {
    return (1L << u) + (1L << (s - u)) - 1;
  }

  /** |S|. */
  public int s() {
    return s;
  }

  /** S mask of U. */
  public long used() {
    return used;
  }

  /** Number of nodes. */
  public int nodeCount() {
    return mask.length;
  }

  /** Number of child edges. */
  public int edgeCount() {
    return child.length;
  }

  /** S mask of node {@code i}. */
  public long mask(int i) {
    return mask[i];
  }

  /** S mask of used(node {@code i}). */
  public long usedMask(int i) {
    return usedMask[i];
  }

  /** cost(node {@code i}). */
  public double cost(int i) {
    return cost[i];
  }

  /** First edge index of node {@code i} (edges of i are [childStart(i), childStart(i+1))). */
  public int childStart(int i) {
    return childStart[i];
  }

  /** Child node id of edge {@code e}. */
  public int child(int e) {
    return child[e];
  }

  /** S index of the member removed along edge {@code e}. */
  public int removed(int e) {
    return removed[e];
  }

  /**
   * A covering node of the S mask {@code x} (used(Y) ⊆ X ⊆ Y) by the IBG walk from the root:
   * while used(Y) is not inside X, follow the edge removing the lowest member of
   * used(Y) \ X. At most |U| steps; allocation-free.
   */
  public int covering(long x) {
    int y = 0;
    long out = usedMask[0] & ~x;
    while (out != 0) {
      int m = Long.numberOfTrailingZeros(out);
      int e = childStart[y];
      while (removed[e] != m) {
        e++;
      }
      y = child[e];
      out = usedMask[y] & ~x;
    }
    return y;
  }

  /** cost(X) for an S mask X, through {@link #covering}. */
  public double costOf(long x) {
    return cost[covering(x)];
  }
}
