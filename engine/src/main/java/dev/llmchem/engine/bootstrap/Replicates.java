package dev.llmchem.engine.bootstrap;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.recommend.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-replicate outputs of one task's bootstrap, stored by replicate index, and their
 * summary. Workers write disjoint replicate slots ({@link #pairs}, {@link #recommendation});
 * {@link #summarise} runs after they have all ended (the join orders the writes), reading the
 * slots in replicate order: the result does not depend on which worker ran what.
 */
public final class Replicates {
  private final int b;
  private final String[] names;
  private final int[] pairA;
  private final int[] pairB;
  private final double[] point;
  private final double[] chem; // [r * pairs + k]
  private final boolean[] entry;
  private final long[] mask;
  private final double[] loss;
  private final byte[] reason;

  /**
   * @param b replicates
   * @param names S, sorted
   * @param pairA first S index of each listed pair
   * @param pairB second S index of each listed pair
   * @param point the point chem of each listed pair
   * @param recommend whether RECOMMEND outcomes are recorded
   * @throws LimitException when B x pairs values do not fit the free heap
   */
  public Replicates(int b, String[] names, int[] pairA, int[] pairB, double[] point,
      boolean recommend) {
    long cells = (long) b * pairA.length;
    LimitException.requireHeap(cells * 9 + (recommend ? 17L * b : 0), "a bootstrap of B = " + b
        + " replicates x " + pairA.length + " pairs", LimitException.Alternative.HIGHER_TAU,
        LimitException.Alternative.FEWER_MODELS);
    if (cells > Integer.MAX_VALUE - 8) {
      throw LimitException.size("bootstrap values (B x pairs)", cells, Integer.MAX_VALUE - 8,
          "B = " + b + " replicates x " + pairA.length + " pairs is more values than one"
          + " array holds", LimitException.Alternative.HIGHER_TAU);
    }
    this.b = b;
    this.names = names.clone();
    this.pairA = pairA.clone();
    this.pairB = pairB.clone();
    this.point = point.clone();
    this.chem = new double[(int) cells];
    this.entry = new boolean[(int) cells];
    this.mask = recommend ? new long[b] : null;
    this.loss = recommend ? new double[b] : null;
    this.reason = recommend ? new byte[b] : null;
  }

  /** Number of listed pairs. */
  public int pairs() { return pairA.length; }

  /** First S index of listed pair k. */
  public int pairA(int k) { return pairA[k]; }

  /** Second S index of listed pair k. */
  public int pairB(int k) { return pairB[k]; }

  /** Records pair k's value in replicate r (0 and false without an entry). */
  public void pair(int r, int k, double value, boolean hasEntry) {
    chem[r * pairA.length + k] = value;
    entry[r * pairA.length + k] = hasEntry;
  }

  /** Records replicate r's recommendation. */
  public void recommendation(int r, long m, double l, Reason why) {
    mask[r] = m;
    loss[r] = l;
    reason[r] = (byte) why.ordinal();
  }

  /**
   * The summary, with the point recommendation (null when RECOMMEND was not recorded).
   */
  public TaskBootstrap summarise(String task, long seed, Unit unit, int units, long pointMask,
      Reason pointReason, double pointLoss) {
    int p = pairA.length;
    List<PairInterval> out = new ArrayList<>(p);
    double[] v = new double[b];
    for (int k = 0; k < p; k++) {
      int positive = 0;
      int present = 0;
      for (int r = 0; r < b; r++) {
        v[r] = chem[r * p + k];
        positive += v[r] > 0 ? 1 : 0;
        present += entry[r * p + k] ? 1 : 0;
      }
      out.add(new PairInterval(names[pairA[k]], names[pairB[k]], point[k], Summary.of(v),
          (double) positive / b, (double) present / b));
    }
    RecommendStability rs = mask == null ? null : stability(pointMask, pointReason, pointLoss);
    return new TaskBootstrap(task, b, seed, unit, units, out, rs);
  }

  private RecommendStability stability(long pointMask, Reason pointReason, double pointLoss) {
    Map<Long, Integer> bySet = new HashMap<>();
    int[] included = new int[names.length];
    double[] finite = new double[b];
    int nf = 0;
    int[] reasons = new int[Reason.values().length];
    for (int r = 0; r < b; r++) {
      bySet.merge(mask[r], 1, Integer::sum);
      for (long x = mask[r]; x != 0; x &= x - 1) {
        included[Long.numberOfTrailingZeros(x)]++;
      }
      if (Double.isFinite(loss[r])) {
        finite[nf++] = loss[r];
      }
      reasons[reason[r]]++;
    }
    List<Frequency> sets = new ArrayList<>();
    bySet.forEach((m, c) -> sets.add(frequency(m, c)));
    sets.sort(Comparator.comparingInt(Frequency::count).reversed()
        .thenComparing(f -> String.join("\u0000", f.models())));
    List<Frequency> inclusion = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      inclusion.add(new Frequency(List.of(names[i]), included[i], (double) included[i] / b));
    }
    inclusion.sort(Comparator.comparingInt(Frequency::count).reversed()
        .thenComparing(f -> f.models().get(0)));
    List<RecommendStability.ReasonCount> rc = new ArrayList<>();
    for (Reason x : Reason.values()) {
      if (reasons[x.ordinal()] > 0) {
        rc.add(new RecommendStability.ReasonCount(x.jsonName(), reasons[x.ordinal()]));
      }
    }
    Frequency same = frequency(pointMask, bySet.getOrDefault(pointMask, 0));
    return new RecommendStability(same.models(), pointReason.jsonName(), pointLoss, same,
        sets.subList(0, Math.min(RecommendStability.TOP_SETS, sets.size())), sets.size(),
        inclusion, Summary.of(finite, nf), rc);
  }

  private Frequency frequency(long m, int count) {
    List<String> ms = new ArrayList<>();
    for (long x = m; x != 0; x &= x - 1) {
      ms.add(names[Long.numberOfTrailingZeros(x)]);
    }
    return new Frequency(ms, count, (double) count / b);
  }

  @Override
  public String toString() {
    return "Replicates[B=" + b + ", pairs=" + pairA.length + ", names=" + Arrays.toString(names)
        + "]";
  }
}
