package dev.llmchem.engine.live;

import dev.llmchem.engine.profile.Aggregate;
import dev.llmchem.engine.profile.TaskProfiles;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The running aggregates of one task cluster, per model id: the {@code max} row (largest
 * floored accuracy, the earlier row on ties), the last row, and the sums of quality and
 * floored accuracy in row order, so every aggregation's profile is at hand and a row that
 * changes nothing costs an array read and a compare. The same state
 * {@code ProfileBuilder} keeps per (cluster, model) slot, updated in the same row order,
 * hence the same doubles. Owned by the writer. Not thread-safe.
 */
final class Cells {
  /** Member task ids, first-appearance order (the first is the prototype). */
  final int[] members;
  private int[] maxRow;
  private int[] lastRow;
  private int[] count;
  private double[] sumQ;
  private double[] sumA;

  Cells(int[] members, int models) {
    this.members = members;
    int n = Math.max(models, 4);
    maxRow = new int[n];
    lastRow = new int[n];
    count = new int[n];
    sumQ = new double[n];
    sumA = new double[n];
  }

  /**
   * The cells of a cluster rebuilt from its members' rows with id below {@code upTo}, in row
   * order (the rows of the members merged).
   */
  static Cells rebuild(RowStore store, int[] members, int upTo) {
    Cells c = new Cells(members, store.modelCount());
    IntArrayList rows = new IntArrayList();
    for (int t : members) {
      IntArrayList own = store.rowsOf(t);
      for (int i = 0, n = own.size(); i < n; i++) {
        int r = own.getInt(i);
        if (r >= upTo) {
          break;
        }
        rows.add(r);
      }
    }
    int[] sorted = rows.toIntArray();
    if (members.length > 1) {
      Arrays.sort(sorted);
    }
    for (int r : sorted) {
      c.add(store, r, Aggregate.MEAN);
    }
    return c;
  }

  /**
   * Adds row {@code r}; returns whether the profile of its model may have changed under
   * {@code agg} ({@code max}: a first row, or one whose floored accuracy beats the kept one).
   */
  boolean add(RowStore store, int r, Aggregate agg) {
    int m = store.model(r);
    if (m >= count.length) {
      grow(Math.max(m + 1, count.length + (count.length >> 1)));
    }
    double a = store.floored(r);
    boolean changed;
    if (count[m] == 0) {
      maxRow[m] = r;
      changed = true;
    } else if (a > store.floored(maxRow[m])) {
      maxRow[m] = r;
      changed = true;
    } else {
      changed = agg != Aggregate.MAX;
    }
    lastRow[m] = r;
    sumQ[m] += store.quality(r);
    sumA[m] += a;
    count[m]++;
    return changed;
  }

  private void grow(int n) {
    maxRow = Arrays.copyOf(maxRow, n);
    lastRow = Arrays.copyOf(lastRow, n);
    count = Arrays.copyOf(count, n);
    sumQ = Arrays.copyOf(sumQ, n);
    sumA = Arrays.copyOf(sumA, n);
  }

  /**
   * The cluster's profiles over S ({@code sIndex}: model id to S index), as
   * {@code ProfileBuilder} computes them.
   */
  TaskProfiles profiles(RowStore store, String prototype, List<String> strings, String[] sNames,
      int[] sIndex, Aggregate agg) {
    int s = sNames.length;
    boolean[] has = new boolean[s];
    double[] q = new double[s];
    double[] a = new double[s];
    String[] trial = new String[s];
    long[] line = new long[s];
    Arrays.fill(q, Double.NaN);
    Arrays.fill(a, Double.NaN);
    for (int m = 0; m < count.length; m++) {
      if (count[m] == 0) {
        continue;
      }
      int i = sIndex[m];
      int pick = agg == Aggregate.LAST ? lastRow[m] : maxRow[m];
      has[i] = true;
      trial[i] = store.trialName(pick);
      line[i] = store.line(pick);
      if (agg == Aggregate.MEAN) {
        q[i] = sumQ[m] / count[m];
        a[i] = sumA[m] / count[m];
      } else {
        q[i] = store.quality(pick);
        a[i] = store.floored(pick);
      }
    }
    return TaskProfiles.of(prototype, strings, sNames, has, q, a, trial, line);
  }
}
