package dev.llmchem.engine;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.RowSink;
import dev.llmchem.engine.live.Delta;
import dev.llmchem.engine.live.LiveRow;
import dev.llmchem.engine.live.LiveState;
import dev.llmchem.engine.live.PairDiff;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.recommend.Recommendation;
import dev.llmchem.engine.task.TaskIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An analysis that takes appended rows: after each batch it publishes a new immutable
 * {@link Snapshot} (profiles, CHEME and RECOMMEND of every task) in one volatile write, so a
 * reader on any thread sees the old or the new snapshot, never a mix, and never waits.
 *
 * <p>Only what changed is recomputed ({@link LiveState}): a row that changes no profile costs
 * a lookup and a compare; a task whose profiles changed gets a new cost table, CHEME and
 * RECOMMEND; every other task keeps its {@link Task} object. After every batch, each
 * snapshot answers as {@link Analysis#of} over all rows so far followed by CHEME (AUTO) and
 * RECOMMEND with the options given here (the differential test holds it to that, bit for
 * bit). Writers are serialised (the methods that append lock this object); readers only read
 * the volatile snapshot. Tasks keep no cost table ({@link Chemistry#costTable()} is null;
 * costs are priced per subset with the same arithmetic).
 */
public final class LiveAnalysis {
  private final LiveState state;
  private final RecommendOptions recommend;
  private final int threads;
  private volatile Snapshot current;

  /** Below this |U| a lone rebuilt task runs its kernels on the calling thread. */
  static final int SMALL_U = 16;

  private LiveAnalysis(AnalysisOptions options, RecommendOptions recommend, int threads) {
    this.state = new LiveState(options);
    this.recommend = recommend;
    this.threads = threads;
  }

  /** A live analysis of {@code history} (generation 0) with the reference RECOMMEND. */
  public static LiveAnalysis of(History history, AnalysisOptions options) {
    return of(history, options, RecommendOptions.defaults(), 0);
  }

  /**
   * A live analysis of {@code history} (generation 0). {@code recommend}'s method, params and
   * size apply to every task; {@code threads} (0 = one per processor) run rebuilt tasks in
   * parallel ({@link TaskRunner}); the answers do not depend on it.
   */
  public static LiveAnalysis of(History history, AnalysisOptions options,
      RecommendOptions recommend, int threads) {
    LiveAnalysis live = new LiveAnalysis(options, recommend, threads);
    synchronized (live) {
      live.state.stage(history);
      live.current = new Snapshot(-1, 0, 0, TaskIndex.byValue(List.of()), new String[0],
          List.of());
      live.apply();
    }
    return live;
  }

  /** The latest snapshot (lock-free). */
  public Snapshot snapshot() { return current; }

  /** The options of the analysis. */
  public AnalysisOptions options() { return state.options(); }

  /** Appends one row as a batch of its own. */
  public synchronized Update append(LiveRow row) {
    state.stage(row);
    return apply();
  }

  /** Appends {@code rows} as one batch. */
  public synchronized Update append(Collection<LiveRow> rows) {
    for (LiveRow r : rows) {
      state.stage(r);
    }
    return apply();
  }

  /** Appends every row of {@code rows} (e.g. a chunk read by {@code HistoryReader}) as one batch. */
  public synchronized Update append(History rows) {
    state.stage(rows);
    return apply();
  }

  /**
   * A sink for a reader ({@code dev.llmchem.engine.io.RowStream}): rows it receives are
   * staged, not yet visible; {@link #publish()} applies them as one batch.
   */
  public RowSink stager() {
    RowSink s = state.sink();
    return (model, task, trial, item, strategy, nums, line, result) -> {
      synchronized (this) {
        s.add(model, task, trial, item, strategy, nums, line, result);
      }
    };
  }

  /** Rows staged and not yet published. */
  public synchronized long staged() { return state.staged(); }

  /** Applies the staged rows as one batch (a new generation even when nothing changed). */
  public synchronized Update publish() { return apply(); }

  private Update apply() {
    Snapshot before = current;
    Delta d = state.publish();
    long generation = before.generation() + 1;
    List<Task> tasks = new ArrayList<>(d.size());
    List<TaskAnalysis> todo = new ArrayList<>();
    List<Integer> todoAt = new ArrayList<>();
    for (int k = 0; k < d.size(); k++) {
      int p = d.previous(k);
      Task old = p >= 0 ? before.tasks().get(p) : null;
      TaskProfiles prof = d.profiles(k);
      if (d.kind(k) == Delta.Kind.KEPT) {
        tasks.add(old);
      } else if (d.kind(k) == Delta.Kind.RELINED) {
        TaskAnalysis t = new TaskAnalysis(prof, options());
        tasks.add(new Task(t, old.chemistry.withProfiles(prof, t.used()), old.recommendation,
            old.refused, old.generation));
      } else {
        tasks.add(null);
        todo.add(new TaskAnalysis(prof, options()));
        todoAt.add(k);
      }
    }
    int[] next = {0};
    // one small task: its kernels on the calling thread (a pool per call costs more than
    // CHEME over |U| < 16 itself)
    int workers = todo.size() == 1 && todo.get(0).used().size() < SMALL_U ? 1 : threads;
    TaskRunner.run(todo, workers, ProgressListener.NONE, (t, ctx) -> {
      Chemistry c = t.chemistry(ctx.cheme(ChemeOptions.Method.AUTO));
      Recommendation r = null;
      RuntimeException refused = null;
      try {
        r = c.recommend(new RecommendOptions(recommend.method(), recommend.params(),
            recommend.size(), ctx.threads(), ctx.progress()));
      } catch (LimitException | IllegalArgumentException e) {
        refused = e; // |S| beyond RECOMMEND's masks, or a target size beyond |S| (for now)
      }
      return new Task(t, c.withoutTable(), r, refused, generation);
    }, (t, task) -> tasks.set(todoAt.get(next[0]++), task));
    List<Task> changed = new ArrayList<>();
    List<PairChange> pairs = new ArrayList<>();
    for (int k : todoAt) {
      Task now = tasks.get(k);
      changed.add(now);
      int p = d.previous(k);
      Chemistry was = p >= 0 ? before.tasks().get(p).chemistry : null;
      String[] names = now.chemistry.models();
      int[] ab = PairDiff.changed(was == null ? null : was.models(),
          was == null ? null : was.matrix(), names, now.chemistry.matrix());
      for (int i = 0; i < ab.length; i += 2) {
        boolean e = now.chemistry.matrix().hasEntry(ab[i], ab[i + 1]);
        pairs.add(new PairChange(now.prototype(), names[ab[i]], names[ab[i + 1]], e,
            now.chemistry.chem(ab[i], ab[i + 1])));
      }
    }
    Snapshot snap = new Snapshot(generation, d.receivedRows(), d.keptRows(), d.index(),
        d.models(), tasks);
    current = snap; // the one publication: readers see all of it or none
    return new Update(snap, changed, d.removed(), pairs);
  }

  /** One task in a snapshot: its analysis, CHEME snapshot and RECOMMEND answer. Immutable. */
  public static final class Task {
    private final TaskAnalysis analysis;
    private final Chemistry chemistry;
    private final Recommendation recommendation;
    private final RuntimeException refused;
    private final long generation;

    Task(TaskAnalysis analysis, Chemistry chemistry, Recommendation recommendation,
        RuntimeException refused, long generation) {
      this.analysis = analysis;
      this.chemistry = chemistry;
      this.recommendation = recommendation;
      this.refused = refused;
      this.generation = generation;
    }

    /** The prototype task string. */
    public String prototype() { return analysis.prototype(); }

    /** Profiles, U, X_Q and costs. */
    public TaskAnalysis analysis() { return analysis; }

    /** CHEME (AUTO), without a cost table. */
    public Chemistry chemistry() { return chemistry; }

    /**
     * RECOMMEND under the live analysis' options.
     *
     * @throws LimitException when |S| &gt; 64
     * @throws IllegalArgumentException when the target size exceeds |S| (as RECOMMEND does)
     */
    public Recommendation recommendation() {
      if (recommendation == null) {
        throw refused;
      }
      return recommendation;
    }

    /** Whether RECOMMEND answered (else {@link #recommendation()} throws its refusal). */
    public boolean recommended() { return recommendation != null; }

    /** The generation that last recomputed this task's chemistry. */
    public long generation() { return generation; }
  }

  /**
   * The state after a batch: every task, S and the clusters. Immutable: safe to query from
   * any number of threads while later batches are applied.
   */
  public static final class Snapshot {
    private final long generation;
    private final long rows;
    private final long keptRows;
    private final TaskIndex index;
    private final String[] models;
    private final List<Task> tasks;

    Snapshot(long generation, long rows, long keptRows, TaskIndex index, String[] models,
        List<Task> tasks) {
      this.generation = generation;
      this.rows = rows;
      this.keptRows = keptRows;
      this.index = index;
      this.models = models.clone();
      this.tasks = List.copyOf(tasks);
    }

    /** 0 for the initial history, then one more per applied batch. */
    public long generation() { return generation; }

    /** Rows received so far (initial history included), kept or not. */
    public long rows() { return rows; }

    /** Rows the analysis kept (CHEMISTRY rows are dropped unless kept). */
    public long keptRows() { return keptRows; }

    /** S, sorted (a copy). */
    public String[] models() { return models.clone(); }

    /** The task clusters. */
    public TaskIndex taskIndex() { return index; }

    /** Every task, in cluster order (unmodifiable). */
    public List<Task> tasks() { return tasks; }

    /**
     * The task containing {@code taskString} (any member wording).
     *
     * @throws IllegalArgumentException naming the known prototypes when it is unknown
     */
    public Task task(String taskString) {
      int c = index.clusterOf(taskString);
      if (c < 0) {
        throw new IllegalArgumentException("unknown task '" + taskString + "'; known tasks: "
            + String.join(" | ", index.prototypes()));
      }
      return tasks.get(c);
    }
  }

  /** A chemistry pair of a task whose entry or value changed: its state now. */
  public record PairChange(String task, String a, String b, boolean entry, double chem) { }

  /**
   * What one batch did: the new snapshot, the tasks recomputed (in cluster order; new tasks
   * included), the prototypes of tasks merged away, and the changed pairs.
   */
  public record Update(Snapshot snapshot, List<Task> changedTasks, List<String> removedTasks,
      List<PairChange> changedPairs) {
    public Update {
      changedTasks = List.copyOf(changedTasks);
      removedTasks = List.copyOf(removedTasks);
      changedPairs = List.copyOf(changedPairs);
    }
  }
}
