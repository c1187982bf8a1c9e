package dev.llmchem.engine.bootstrap;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.profile.Aggregate;
import dev.llmchem.engine.profile.TaskProfiles;
import java.util.Arrays;
import java.util.List;

/**
 * One task's analysed rows, prepared for resampling: the resampling units (trials or rows)
 * and the candidate rows ("cells") a replicate's profiles are chosen from. Built once per
 * task in O(rows); each replicate then costs O(cells) ({@link #profiles}) instead of a new
 * history and analysis. Immutable and thread-safe.
 *
 * <p>Cells. With {@link Aggregate#MAX} and trials as units, a model's profile in a replicate
 * is its row of largest floored a among the drawn trials, the earliest on ties: the earliest
 * best row of each (trial, model) is the only candidate of that pair, and scanning those
 * candidates in file order with a strict comparison picks the same row as the full scan
 * (SPEC 3). {@link Aggregate#LAST} keeps the last row of each (trial, model). With
 * {@link Aggregate#MEAN}, or rows as units, every row is a cell. A unit drawn k times weighs
 * k times: MEAN adds its rows k times in a row, the operations (and bits) of an analysis of a
 * history holding the drawn rows in file order, copies adjacent ({@code BootstrapOracle} in
 * the tests builds that history and checks it).
 */
public final class TaskSample {
  private final Unit unit;
  private final Aggregate aggregate;
  private final int units;
  private final int models;
  private final int[] cellUnit;
  private final int[] cellModel;
  private final int[] cellRow;
  private final double[] cellQ;
  private final double[] cellA;
  private final String[] trialName;
  private final long[] line;

  /**
   * @param h the history
   * @param rows the task's analysed rows (ascending history row indices)
   * @param sIndex S index of each history model id (-1: not in S)
   * @param s |S|
   */
  public TaskSample(History h, int[] rows, int[] sIndex, int s, Unit unit, Aggregate aggregate) {
    this.unit = unit;
    this.aggregate = aggregate;
    this.models = s;
    int n = rows.length;
    int[] unitOf = new int[n];
    int u = 0;
    if (unit == Unit.ROWS) {
      for (int i = 0; i < n; i++) {
        unitOf[i] = i;
      }
      u = n;
    } else {
      int[] trialUnit = new int[h.trialCount()];
      Arrays.fill(trialUnit, -1);
      for (int i = 0; i < n; i++) {
        int t = h.trial(rows[i]);
        if (trialUnit[t] < 0) {
          trialUnit[t] = u++;
        }
        unitOf[i] = trialUnit[t];
      }
    }
    this.units = u;
    boolean perPair = unit == Unit.TRIALS && aggregate != Aggregate.MEAN;
    int[] keep = perPair ? pick(h, rows, unitOf, sIndex, s, u) : identity(n);
    int c = keep.length;
    cellUnit = new int[c];
    cellModel = new int[c];
    cellRow = new int[c];
    cellQ = new double[c];
    cellA = new double[c];
    trialName = new String[c];
    line = new long[c];
    for (int k = 0; k < c; k++) {
      int i = keep[k];
      int r = rows[i];
      cellUnit[k] = unitOf[i];
      cellModel[k] = sIndex[h.model(r)];
      cellRow[k] = r;
      cellQ[k] = h.quality(r);
      cellA[k] = Math.max(0.1, h.accuracy(r));
      trialName[k] = h.trialName(h.trial(r));
      line[k] = h.line(r);
    }
  }

  private static int[] identity(int n) {
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return x;
  }

  /** The positions (into rows) of each (unit, model)'s candidate, ascending. */
  private int[] pick(History h, int[] rows, int[] unitOf, int[] sIndex, int s, int u) {
    // (unit, model) pairs are few (a trial holds each model about once): a hash of the key
    it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap slot =
        new it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap();
    slot.defaultReturnValue(-1);
    int[] chosen = new int[rows.length];
    int k = 0;
    for (int i = 0; i < rows.length; i++) {
      long key = (long) unitOf[i] * s + sIndex[h.model(rows[i])];
      int at = slot.get(key);
      if (at < 0) {
        slot.put(key, k);
        chosen[k++] = i;
      } else if (aggregate == Aggregate.LAST
          || Math.max(0.1, h.accuracy(rows[i])) > Math.max(0.1, h.accuracy(rows[chosen[at]]))) {
        chosen[at] = i;
      }
    }
    int[] out = Arrays.copyOf(chosen, k);
    Arrays.sort(out);
    return out;
  }

  /** The resampling unit. */
  public Unit unit() { return unit; }

  /** The aggregation the cells were chosen for. */
  public Aggregate aggregate() { return aggregate; }

  /** Number of units (trials or rows) a replicate draws. */
  public int units() { return units; }

  /** Number of candidate rows a replicate scans. */
  public int cells() { return cellRow.length; }

  /** |S|. */
  public int models() { return models; }

  /**
   * One replicate's profiles for unit multiplicities {@code counts} ({@link Resampler#counts}):
   * the task's profiles had its history held exactly the drawn units. O(cells + |S|).
   *
   * @param counts multiplicity of each unit
   * @param prototype the task's prototype (unchanged)
   * @param taskStrings the task's wordings (unchanged)
   * @param names S, sorted (unchanged)
   */
  public TaskProfiles profiles(int[] counts, String prototype, List<String> taskStrings,
      String[] names) {
    boolean[] has = new boolean[models];
    double[] q = new double[models];
    double[] a = new double[models];
    String[] trial = new String[models];
    long[] lines = new long[models];
    int[] best = new int[models];
    Arrays.fill(best, -1);
    boolean mean = aggregate == Aggregate.MEAN;
    double[] sumQ = mean ? new double[models] : null;
    double[] sumA = mean ? new double[models] : null;
    int[] count = mean ? new int[models] : null;
    for (int c = 0; c < cellRow.length; c++) {
      int k = counts[cellUnit[c]];
      if (k == 0) {
        continue;
      }
      int m = cellModel[c];
      if (aggregate == Aggregate.LAST || best[m] < 0 || cellA[c] > cellA[best[m]]) {
        best[m] = c;
      }
      if (mean) {
        for (int j = 0; j < k; j++) { // k additions, as an analysis of k copies performs
          sumQ[m] += cellQ[c];
          sumA[m] += cellA[c];
        }
        count[m] += k;
      }
    }
    for (int m = 0; m < models; m++) {
      int c = best[m];
      if (c < 0) {
        q[m] = Double.NaN;
        a[m] = Double.NaN;
        continue;
      }
      has[m] = true;
      trial[m] = trialName[c];
      lines[m] = line[c];
      q[m] = mean ? sumQ[m] / count[m] : cellQ[c];
      a[m] = mean ? sumA[m] / count[m] : cellA[c];
    }
    return TaskProfiles.of(prototype, taskStrings, names, has, q, a, trial, lines);
  }
}
