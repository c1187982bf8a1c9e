package dev.llmchem.engine.profile;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.internal.SharedArrays;
import dev.llmchem.engine.task.TaskIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aggregates a history into per-cluster profiles (SPEC section 3) in one pass over the rows.
 * State per (cluster, model) pair lives in slots allocated as pairs appear (memory follows the
 * pairs present); a dense index of clusters x models ints finds a pair's slot (the profile
 * tables are clusters x models anyway; a hash map here cost a cache miss or two per row).
 * Stateless.
 */
public final class ProfileBuilder {
  private ProfileBuilder() { }


  /** Heap bytes per (cluster, model) cell of the profile tables: has, q, a, trial, line. */
  static final int CELL_BYTES = 1 + 8 + 8 + 8 + 8;

  /**
   * Heap bytes per cluster besides its cells: the headers and outer slots of its five table
   * rows (100), its TaskProfiles (40), and a share of the TaskAnalysis and used set built on
   * it (most of those reuse the heap of the per-row slots, garbage by then). Without this the
   * check passed where the tables ran out of memory: 50,000 clusters of |S| = 8 need about
   * 17 MiB (a 70 MiB heap ran out, 72 MiB did not), the cells alone counted 12.6 MiB; now
   * 20.2 MiB.
   */
  static final int CLUSTER_BYTES = 160;

  /**
   * Refuses, naming both sizes, profile tables of {@code clusters} x {@code s} cells (and the
   * per-cluster objects built on them) that do not fit the free heap.
   */
  static void requireFits(int clusters, int s) {
    requireFits(clusters, s, CELL_BYTES);
  }

  private static void requireFits(int clusters, int s, int cellBytes) {
    long cells = (long) clusters * s;
    LimitException.requireHeap(cells * cellBytes + (long) clusters * CLUSTER_BYTES,
        clusters + " task clusters x |S| = " + s
        + " models: the profile table of " + cells + " cells",
        Alternative.FEWER_TASKS_OR_MODELS);
  }

  /** Profiles of every cluster, in cluster order. {@code sIndex} maps history model ids to S. */
  public static List<TaskProfiles> build(History h, TaskIndex index, int[] taskCluster,
      int[] sIndex, String[] sNames, AnalysisOptions o) {
    int s = sNames.length;
    int clusters = index.size();
    requireFits(clusters, s, 4); // the slot index now; the tables once the slots are filled
    int[] slotOf = new int[Math.multiplyExact(clusters, s)];
    Arrays.fill(slotOf, -1);
    int cap = 16;
    int[] maxRow = new int[cap];
    int[] lastRow = new int[cap];
    double[] sumQ = new double[cap];
    double[] sumA = new double[cap];
    int[] count = new int[cap];
    int slots = 0;
    // the columns in place: this loop is the analysis' O(rows) part
    SharedArrays.HistoryAccess cols = SharedArrays.columns(h);
    int[] model = cols.model(h);
    int[] task = cols.task(h);
    byte[] strategy = cols.strategy(h);
    double[] acc = cols.accuracy(h);
    double[] qual = cols.quality(h);
    boolean allRows = o.includeChemistryRows();
    byte chemistry = Strategy.CHEMISTRY.code();
    for (int r = 0; r < h.rows(); r++) {
      if (!allRows && strategy[r] == chemistry) {
        continue; // CHEMISTRY rows are dropped by default
      }
      int key = taskCluster[task[r]] * s + sIndex[model[r]];
      int slot = slotOf[key];
      double a = Math.max(0.1, acc[r]);
      if (slot < 0) {
        if (slots == cap) {
          cap += cap >> 1;
          maxRow = Arrays.copyOf(maxRow, cap);
          lastRow = Arrays.copyOf(lastRow, cap);
          sumQ = Arrays.copyOf(sumQ, cap);
          sumA = Arrays.copyOf(sumA, cap);
          count = Arrays.copyOf(count, cap);
        }
        slot = slots++;
        slotOf[key] = slot;
        maxRow[slot] = r;
      } else if (a > Math.max(0.1, acc[maxRow[slot]])) {
        maxRow[slot] = r;
      }
      lastRow[slot] = r;
      sumQ[slot] += qual[r];
      sumA[slot] += a;
      count[slot]++;
    }
    requireFits(clusters, s, CELL_BYTES);
    List<TaskProfiles> out = new ArrayList<>(clusters);
    boolean[][] has = new boolean[clusters][s];
    double[][] q = new double[clusters][s];
    double[][] a = new double[clusters][s];
    String[][] trial = new String[clusters][s];
    long[][] line = new long[clusters][s];
    for (int c = 0; c < clusters; c++) {
      Arrays.fill(q[c], Double.NaN);
      Arrays.fill(a[c], Double.NaN);
    }
    for (int key = 0; key < slotOf.length; key++) {
      int slot = slotOf[key];
      if (slot < 0) {
        continue;
      }
      int c = key / s;
      int m = key % s;
      int pick = o.aggregate() == Aggregate.LAST ? lastRow[slot] : maxRow[slot];
      has[c][m] = true;
      trial[c][m] = h.trialName(h.trial(pick));
      line[c][m] = h.line(pick);
      if (o.aggregate() == Aggregate.MEAN) {
        q[c][m] = sumQ[slot] / count[slot];
        a[c][m] = sumA[slot] / count[slot];
      } else {
        q[c][m] = qual[pick];
        a[c][m] = Math.max(0.1, acc[pick]);
      }
    }
    for (int c = 0; c < clusters; c++) {
      out.add(new TaskProfiles(index.prototype(c), index.members(c), sNames, has[c], q[c], a[c],
          trial[c], line[c]));
    }
    return out;
  }
}
