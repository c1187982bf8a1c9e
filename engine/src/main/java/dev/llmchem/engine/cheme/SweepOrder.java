package dev.llmchem.engine.cheme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Orders the pairs of a {@link BlockPlan.Layout} so that a worker can run two pairs in one sweep
 * over its buffer ({@link PairKernel#cherryMax}): two pairs qualify when they share a member that
 * has the same role, first or second in S order, in both (the term's subtraction order depends on
 * that role).
 *
 * <p>Greedy, in two rounds: pairs grouped by their first member are taken two at a time
 * ({@link #FIRST}); the odd ones left over (for a 5 x 5 block of pairs, one per first member,
 * all sharing the last second member) are grouped by their second member ({@link #SECOND});
 * the rest run alone. The layout's pairs are rewritten in that order,
 * {@code shared[p]} marks the first pair of each group and {@code cherries[p]} describes the group
 * for {@link PairKernel#cherryMax} (offsets, role of the shared member, slots), built here once so
 * that the workers allocate nothing. A slice of the layout that cuts a group runs its halves alone
 * (same values: the max is taken over the same terms).
 */
final class SweepOrder {
  /** Pair p runs alone (or is the second of a group). */
  static final byte NONE = 0;
  /** Pairs p and p+1 share their first member. */
  static final byte FIRST = 1;
  /** Pairs p and p+1 share their second member. */
  static final byte SECOND = 2;

  private SweepOrder() { }

  /**
   * Reorders {@code lay}'s pairs and describes its groups; {@code rank[j]} = S index of U bit j
   * (null: U order), {@code u} = |U| (for the pairs' slots).
   */
  static void order(BlockPlan.Layout lay, int[] rank, int u) {
    int n = lay.pairCount();
    int[] first = new int[n];
    int[] second = new int[n];
    for (int q = 0; q < n; q++) {
      boolean aFirst = rank == null || rank[lay.ua[q]] < rank[lay.ub[q]];
      first[q] = aFirst ? lay.ua[q] : lay.ub[q];
      second[q] = aFirst ? lay.ub[q] : lay.ua[q];
    }
    List<Integer> out = new ArrayList<>();
    List<Byte> kind = new ArrayList<>();
    List<Integer> left = new ArrayList<>();
    group(sorted(n, first, second), first, out, kind, left, FIRST);
    List<Integer> alone = new ArrayList<>();
    Integer[] rest = left.toArray(new Integer[0]);
    Arrays.sort(rest, (x, y) -> second[x] != second[y] ? Integer.compare(second[x], second[y])
        : Integer.compare(first[x], first[y]));
    group(rest, second, out, kind, alone, SECOND);
    for (int q : alone) {
      out.add(q);
      kind.add(NONE);
    }
    int[][] cols = {lay.ua, lay.ub, lay.pa, lay.pb};
    for (int[] col : cols) {
      int[] old = col.clone();
      for (int q = 0; q < n; q++) {
        col[q] = old[out.get(q)];
      }
    }
    lay.shared = new byte[n];
    for (int q = 0; q < n; q++) {
      lay.shared[q] = kind.get(q);
    }
    lay.cherries = new Cherry[n];
    for (int q = 0; q + 1 < n; q++) {
      if (lay.shared[q] != NONE) {
        lay.cherries[q] = cherry(lay, q, lay.shared[q] == SECOND, rank, u);
      }
    }
  }

  /** Pairs q and q+1 of {@code lay}, which share their first member (or second if second). */
  private static Cherry cherry(BlockPlan.Layout lay, int q, boolean second, int[] rank, int u) {
    int first1 = 1 << (firstInS(lay, q, rank) ? lay.pa[q] : lay.pb[q]);
    int second1 = 1 << (firstInS(lay, q, rank) ? lay.pb[q] : lay.pa[q]);
    int first2 = 1 << (firstInS(lay, q + 1, rank) ? lay.pa[q + 1] : lay.pb[q + 1]);
    int second2 = 1 << (firstInS(lay, q + 1, rank) ? lay.pb[q + 1] : lay.pa[q + 1]);
    return new Cherry(second ? second1 : first1, second ? first1 : second1,
        second ? first2 : second2, second, DenseDriver.pairIndex(u, lay.ua[q], lay.ub[q]),
        DenseDriver.pairIndex(u, lay.ua[q + 1], lay.ub[q + 1]));
  }

  /** Whether pair q's U bit {@code ua[q]} is its first member in S order. */
  private static boolean firstInS(BlockPlan.Layout lay, int q, int[] rank) {
    return rank == null || rank[lay.ua[q]] < rank[lay.ub[q]];
  }

  private static Integer[] sorted(int n, int[] first, int[] second) {
    Integer[] order = new Integer[n];
    Arrays.setAll(order, q -> q);
    Arrays.sort(order, (x, y) -> first[x] != first[y] ? Integer.compare(first[x], first[y])
        : Integer.compare(second[x], second[y]));
    return order;
  }

  /** Takes pairs with equal {@code key} two at a time into {@code out}; odd ones to left. */
  private static void group(Integer[] order, int[] key, List<Integer> out, List<Byte> kind,
      List<Integer> left, byte tag) {
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j < order.length && key[order[j]] == key[order[i]]) {
        j++;
      }
      for (; i + 1 < j; i += 2) {
        out.add(order[i]);
        kind.add(tag);
        out.add(order[i + 1]);
        kind.add(NONE);
      }
      if (i < j) {
        left.add(order[i++]);
      }
    }
  }
}
