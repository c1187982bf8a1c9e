package dev.llmchem.engine.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * The k least (loss, mask) pairs offered so far, in {@link RunnerUps#RANK} order (loss by
 * {@link Double#compare}, then the mask unsigned): a sorted array with insertion, O(k) per
 * accepted offer, O(1) per rejected one. Mutable, confined to one worker; the workers' lists
 * merge by offering one into another, and the result does not depend on the order of the
 * offers (a total order on distinct masks).
 */
final class TopRanks {
  private final int k;
  private final double[] loss;
  private final long[] mask;
  private int size;

  TopRanks(int k) {
    this.k = k;
    this.loss = new double[k];
    this.mask = new long[k];
  }

  /** The k-th least loss kept, +infinity while fewer than k are kept. */
  double threshold() {
    return size < k ? Double.POSITIVE_INFINITY : loss[k - 1];
  }

  /** Keeps (l, m) when fewer than k are kept or it ranks before the last kept. */
  void offer(double l, long m) {
    if (k == 0 || size == k && !before(l, m, loss[k - 1], mask[k - 1])) {
      return;
    }
    int i = size < k ? size++ : k - 1;
    while (i > 0 && before(l, m, loss[i - 1], mask[i - 1])) {
      loss[i] = loss[i - 1];
      mask[i] = mask[i - 1];
      i--;
    }
    loss[i] = l;
    mask[i] = m;
  }

  /** Offers everything {@code other} keeps. */
  void addAll(TopRanks other) {
    for (int i = 0; i < other.size; i++) {
      offer(other.loss[i], other.mask[i]);
    }
  }

  /** The kept pairs, best first. */
  List<RunnerUps.Ranked> list() {
    List<RunnerUps.Ranked> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new RunnerUps.Ranked(mask[i], loss[i]));
    }
    return List.copyOf(out);
  }

  /** (l1, m1) ranks before (l2, m2): the same order as {@link RunnerUps#RANK}. */
  static boolean before(double l1, long m1, double l2, long m2) {
    int c = Double.compare(l1, l2);
    return c < 0 || c == 0 && Long.compareUnsigned(m1, m2) < 0;
  }
}
