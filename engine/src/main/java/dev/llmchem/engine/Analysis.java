package dev.llmchem.engine;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.internal.SharedArrays;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.profile.ProfileBuilder;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.task.TaskIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A history analysed under fixed options: task clusters, S, and per-cluster profiles, U and
 * costs ({@link TaskAnalysis}). Built once (O(rows) plus clustering), immutable, and safe to
 * query from many threads.
 */
public final class Analysis {
  private final History history;
  private final AnalysisOptions options;
  private final String[] models;
  private final TaskIndex index;
  private final List<TaskAnalysis> tasks;
  /** Cluster of each history task-string id (-1: no analysed row); kept for the bootstrap. */
  private final int[] taskCluster;
  /** S index of each history model id (-1: not in S). */
  private final int[] sIndex;

  private Analysis(History history, AnalysisOptions options, String[] models, TaskIndex index,
      List<TaskAnalysis> tasks, int[] taskCluster, int[] sIndex) {
    this.history = history;
    this.options = options;
    this.models = models;
    this.index = index;
    this.tasks = tasks;
    this.taskCluster = taskCluster;
    this.sIndex = sIndex;
  }

  /** Analyses {@code history} with {@code options}. */
  public static Analysis of(History history, AnalysisOptions options) {
    return of(history, options, ProgressListener.NONE);
  }

  /**
   * As above; task clustering (O(N P) for N distinct task strings and P clusters) stops with
   * {@link CancelledException} when {@code progress.cancelled()}. The profile tables are
   * checked against the free heap first ({@link LimitException}).
   */
  public static Analysis of(History history, AnalysisOptions options,
      ProgressListener progress) {
    byte chem = dev.llmchem.engine.history.Strategy.CHEMISTRY.code();
    boolean keepChem = options.includeChemistryRows();
    boolean[] taskSeen = new boolean[history.taskCount()];
    int[] taskIds = new int[history.taskCount()]; // first-appearance order of analysed rows
    int seen = 0;
    boolean[] modelSeen = new boolean[history.modelCount()];
    SharedArrays.HistoryAccess cols = SharedArrays.columns(history); // in place, read only
    byte[] strategy = cols.strategy(history);
    int[] task = cols.task(history);
    int[] model = cols.model(history);
    for (int r = 0; r < history.rows(); r++) {
      if (keepChem || strategy[r] != chem) {
        if (!taskSeen[task[r]]) {
          taskSeen[task[r]] = true;
          taskIds[seen++] = task[r];
        }
        modelSeen[model[r]] = true;
      }
    }
    taskIds = Arrays.copyOf(taskIds, seen);
    List<String> taskStrings = new ArrayList<>(seen);
    for (int t : taskIds) {
      taskStrings.add(history.taskName(t));
    }
    TaskIndex index = options.clusterTasks()
        ? TaskIndex.build(taskStrings, options.clusterThreshold(), progress)
        : TaskIndex.byValue(taskStrings);
    int[] taskCluster = new int[history.taskCount()];
    Arrays.fill(taskCluster, -1);
    for (int t : taskIds) {
      taskCluster[t] = index.clusterOf(history.taskName(t));
    }
    List<String> names = new ArrayList<>();
    for (int m = 0; m < modelSeen.length; m++) {
      if (modelSeen[m]) {
        names.add(history.modelName(m));
      }
    }
    String[] sNames = names.stream().sorted().toArray(String[]::new);
    int[] sIndex = new int[history.modelCount()];
    Arrays.fill(sIndex, -1);
    for (int m = 0; m < modelSeen.length; m++) {
      if (modelSeen[m]) {
        sIndex[m] = Arrays.binarySearch(sNames, history.modelName(m));
      }
    }
    List<TaskProfiles> profiles = ProfileBuilder.build(history, index, taskCluster, sIndex,
        sNames, options);
    List<TaskAnalysis> tasks = new ArrayList<>();
    for (TaskProfiles p : profiles) {
      tasks.add(new TaskAnalysis(p, options));
    }
    return new Analysis(history, options, sNames, index, List.copyOf(tasks), taskCluster,
        sIndex);
  }

  /** Cluster of history task-string id {@code t}, -1 when no analysed row has it. */
  int clusterOfTask(int t) { return taskCluster[t]; }

  /** S index of each history model id, -1 when not in S (in place: the caller only reads). */
  int[] sIndexInPlace() { return sIndex; }

  /** The analysed history. */
  public History history() { return history; }

  /** The options used. */
  public AnalysisOptions options() { return options; }

  /** S: every model name of the analysed rows, sorted (a copy). */
  public String[] models() { return models.clone(); }

  /** The task clusters. */
  public TaskIndex taskIndex() { return index; }

  /** One analysis per task cluster, in first-appearance order. */
  public List<TaskAnalysis> tasks() { return tasks; }

  /**
   * The cluster containing {@code taskString} (any member wording).
   *
   * @throws IllegalArgumentException naming the known prototypes when the string is unknown
   */
  public TaskAnalysis task(String taskString) {
    int c = index.clusterOf(taskString);
    if (c < 0) {
      throw new IllegalArgumentException("unknown task '" + taskString + "'; known tasks: "
          + String.join(" | ", index.prototypes()));
    }
    return tasks.get(c);
  }
}
