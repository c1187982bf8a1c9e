package dev.llmchem.engine.live;

import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.task.TaskIndex;
import java.util.List;

/**
 * What one applied batch did to the task clusters: the clusters now (in cluster order), each
 * with its profiles and how it relates to the previous state ({@link Kind}), the prototypes
 * of clusters that no longer exist, and S. Immutable.
 */
public final class Delta {
  /** How a cluster's profiles relate to the previous state. */
  public enum Kind {
    /** The same profiles object as at {@link #previous} before: nothing to recompute. */
    KEPT,
    /**
     * New profiles with the same values (S, has, q, a, trial; only source lines moved): U,
     * costs, X_Q, CHEME and RECOMMEND are those at {@link #previous}.
     */
    RELINED,
    /** New profiles whose values changed, or a new cluster: recompute the task. */
    REBUILT
  }

  private final TaskIndex index;
  private final String[] models;
  private final boolean modelsChanged;
  private final List<TaskProfiles> profiles;
  private final Kind[] kinds;
  private final int[] previous;
  private final List<String> removed;
  private final long keptRows;
  private final long receivedRows;

  Delta(TaskIndex index, String[] models, boolean modelsChanged, List<TaskProfiles> profiles,
      Kind[] kinds, int[] previous, List<String> removed, long keptRows, long receivedRows) {
    this.index = index;
    this.models = models.clone();
    this.modelsChanged = modelsChanged;
    this.profiles = List.copyOf(profiles);
    this.kinds = kinds.clone();
    this.previous = previous.clone();
    this.removed = List.copyOf(removed);
    this.keptRows = keptRows;
    this.receivedRows = receivedRows;
  }

  /** The task clusters after the batch. */
  public TaskIndex index() { return index; }

  /** Number of clusters. */
  public int size() { return profiles.size(); }

  /** S after the batch, sorted (a copy). */
  public String[] models() { return models.clone(); }

  /** Whether S changed (every task is then rebuilt). */
  public boolean modelsChanged() { return modelsChanged; }

  /** Profiles of cluster k (unmodifiable list: {@link #profiles()}). */
  public TaskProfiles profiles(int k) { return profiles.get(k); }

  /** Profiles of every cluster, in cluster order (unmodifiable). */
  public List<TaskProfiles> profiles() { return profiles; }

  /** How cluster k relates to the previous state. */
  public Kind kind(int k) { return kinds[k]; }

  /**
   * The previous position of the task with cluster k's prototype, or -1 when that prototype
   * was no cluster's before (a new task).
   */
  public int previous(int k) { return previous[k]; }

  /** Prototypes of the previous clusters that no longer exist (merged into others). */
  public List<String> removed() { return removed; }

  /** Rows kept by the analysis so far (CHEMISTRY rows dropped unless kept). */
  public long keptRows() { return keptRows; }

  /** Rows received so far, kept or not. */
  public long receivedRows() { return receivedRows; }
}
