package dev.llmchem.engine.live;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.RowSink;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.profile.Aggregate;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.task.TaskIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The writer's side of a live analysis: rows are staged as they come ({@link #stage}) and
 * applied together by {@link #publish}, which returns what changed as a {@link Delta} of
 * per-cluster profiles. Only what changed is recomputed:
 *
 * <ul>
 * <li>a row of a known task string updates its cluster's running aggregates ({@link Cells});
 *     under {@code max} a row that does not beat the kept one changes no profile;</li>
 * <li>a batch with new distinct task strings re-clusters every string (the IDF depends on
 *     their number, so any merge may change): clusters whose member list is unchanged keep
 *     their aggregates, the others are rebuilt from their members' rows;</li>
 * <li>a new model changes S and so every task's profiles (rebuilt from the aggregates).</li>
 * </ul>
 *
 * After every publish the profiles equal those of {@code Analysis.of} over all rows so far
 * (the differential test). Not thread-safe: one writer (the facade serialises it).
 */
public final class LiveState {
  private final AnalysisOptions options;
  private final RowStore store = new RowStore();
  private final byte chemistry = Strategy.CHEMISTRY.code();
  private long received;
  private int applied;
  private int clustered;
  private TaskIndex index = TaskIndex.byValue(List.of());
  private int[] clusterOfTask = new int[0];
  private List<Cells> cells = new ArrayList<>();
  private List<TaskProfiles> profiles = new ArrayList<>();
  private String[] sNames = new String[0];
  private int[] sIndex = new int[0];

  /** An empty state under {@code options}. */
  public LiveState(AnalysisOptions options) {
    this.options = options;
  }

  /** The options in force. */
  public AnalysisOptions options() { return options; }

  /** Stages one row (dropped at once when it is a CHEMISTRY row and those are not kept). */
  public void stage(String model, String task, String trial, byte strategy, double quality,
      double accuracy, long line) {
    received++;
    if (strategy == chemistry && !options.includeChemistryRows()) {
      return;
    }
    store.add(model, task, trial, quality, accuracy, line);
  }

  /** Stages a row given from code. */
  public void stage(LiveRow r) {
    stage(r.model(), r.task(), r.trial(), r.strategyCode(), r.quality(), r.accuracy(),
        r.line());
  }

  /** Stages every row of {@code h}, in order. */
  public void stage(History h) {
    for (int r = 0; r < h.rows(); r++) {
      stage(h.modelName(h.model(r)), h.taskName(h.task(r)), h.trialName(h.trial(r)),
          h.strategy(r), h.quality(r), h.accuracy(r), h.line(r));
    }
  }

  /** A sink staging the rows a reader validates ({@code dev.llmchem.engine.io.RowStream}). */
  public RowSink sink() {
    return (model, task, trial, item, strategy, nums, line, result) ->
        stage(model, task, trial, strategy, nums[0], nums[1], line);
  }

  /** Rows received but not yet published. */
  public long staged() {
    return received - publishedReceived;
  }

  private long publishedReceived;

  /** Applies the staged rows; returns the new clusters and what happened to each. */
  public Delta publish() {
    int from = applied;
    int to = store.rows();
    List<TaskProfiles> before = profiles;
    int k0 = index.size();
    int[] previous;
    BitSet dirty = new BitSet();
    List<String> removed = new ArrayList<>();
    if (store.taskCount() > clustered) {
      previous = recluster(from, dirty, removed);
    } else {
      previous = new int[k0];
      Arrays.setAll(previous, k -> k);
    }
    Aggregate agg = options.aggregate();
    for (int r = from; r < to; r++) {
      int c = clusterOfTask[store.task(r)];
      if (cells.get(c).add(store, r, agg)) {
        dirty.set(c);
      }
    }
    boolean modelsChanged = store.modelCount() > sIndex.length;
    if (modelsChanged) {
      resolveModels();
      dirty.set(0, index.size());
    }
    int n = index.size();
    List<TaskProfiles> now = new ArrayList<>(n);
    Delta.Kind[] kinds = new Delta.Kind[n];
    for (int k = 0; k < n; k++) {
      int p = previous[k];
      TaskProfiles old = p >= 0 ? before.get(p) : null;
      if (!dirty.get(k) && old != null) {
        now.add(old);
        kinds[k] = Delta.Kind.KEPT;
        continue;
      }
      TaskProfiles fresh = cells.get(k).profiles(store, index.prototype(k), index.members(k),
          sNames, sIndex, agg);
      if (old != null && fresh.sameAs(old)) {
        now.add(old);
        kinds[k] = Delta.Kind.KEPT;
      } else {
        now.add(fresh);
        kinds[k] = old != null && fresh.sameValues(old) ? Delta.Kind.RELINED
            : Delta.Kind.REBUILT;
      }
    }
    profiles = now;
    applied = to;
    publishedReceived = received;
    return new Delta(index, sNames, modelsChanged, now, kinds, previous, removed, applied,
        received);
  }

  /**
   * Clusters every distinct task string again; keeps the aggregates of clusters whose member
   * list did not change and rebuilds the others from their rows below {@code upTo} (the
   * batch's rows are applied afterwards to every cluster alike). Marks rebuilt clusters
   * dirty, lists vanished prototypes, returns each new cluster's previous position (by
   * prototype) or -1.
   */
  private int[] recluster(int upTo, BitSet dirty, List<String> removed) {
    int tasks = store.taskCount();
    List<String> strings = new ArrayList<>(tasks);
    for (int t = 0; t < tasks; t++) {
      strings.add(store.taskName(t));
    }
    TaskIndex next = options.clusterTasks()
        ? TaskIndex.build(strings, options.clusterThreshold())
        : TaskIndex.byValue(strings);
    int n = next.size();
    int[] previous = new int[n];
    int[] ofTask = new int[tasks];
    List<Cells> nextCells = new ArrayList<>(n);
    boolean[] survives = new boolean[index.size()];
    for (int k = 0; k < n; k++) {
      List<String> members = next.members(k);
      int[] ids = new int[members.size()];
      int proto = -1;
      for (int i = 0; i < ids.length; i++) {
        ids[i] = store.taskId(members.get(i));
        ofTask[ids[i]] = k;
      }
      if (ids[0] < clustered) {
        int old = clusterOfTask[ids[0]];
        if (index.prototype(old).equals(next.prototype(k))) {
          proto = old;
        }
      }
      previous[k] = proto;
      if (proto >= 0) {
        survives[proto] = true;
      }
      if (proto >= 0 && Arrays.equals(cells.get(proto).members, ids)) {
        nextCells.add(cells.get(proto));
      } else {
        nextCells.add(Cells.rebuild(store, ids, upTo));
        dirty.set(k);
      }
    }
    for (int j = 0; j < survives.length; j++) {
      if (!survives[j]) {
        removed.add(index.prototype(j));
      }
    }
    index = next;
    clusterOfTask = ofTask;
    cells = nextCells;
    clustered = tasks;
    return previous;
  }

  /** S = every kept model name, sorted; the map from model ids to S indices. */
  private void resolveModels() {
    int m = store.modelCount();
    String[] names = new String[m];
    for (int i = 0; i < m; i++) {
      names[i] = store.modelName(i);
    }
    sNames = names.clone();
    Arrays.sort(sNames);
    sIndex = new int[m];
    for (int i = 0; i < m; i++) {
      sIndex[i] = Arrays.binarySearch(sNames, names[i]);
    }
  }
}
