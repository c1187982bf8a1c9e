package dev.llmchem.engine.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which task strings form one query Q: maps every distinct task string to its cluster
 * (prototype). Clusters are numbered in first-appearance order of their prototypes.
 * Immutable and thread-safe.
 */
public final class TaskIndex {
  private final List<String> prototypes;
  private final List<List<String>> members;
  private final Map<String, Integer> clusterOf;

  private TaskIndex(List<String> prototypes, List<List<String>> members,
      Map<String, Integer> clusterOf) {
    this.prototypes = prototypes;
    this.members = members;
    this.clusterOf = clusterOf;
  }

  /** Clusters distinct task strings given in first-appearance order. */
  public static TaskIndex build(List<String> tasksInOrder, double threshold) {
    return build(tasksInOrder, threshold, dev.llmchem.engine.control.ProgressListener.NONE);
  }

  /** As above; the clustering stops when {@code progress.cancelled()} (polled per 256 tasks). */
  public static TaskIndex build(List<String> tasksInOrder, double threshold,
      dev.llmchem.engine.control.ProgressListener progress) {
    String[] tasks = tasksInOrder.toArray(new String[0]);
    int[] proto = TaskClustering.cluster(tasks, threshold, progress);
    List<String> prototypes = new ArrayList<>();
    List<List<String>> members = new ArrayList<>();
    Map<String, Integer> clusterOf = new HashMap<>();
    Map<Integer, Integer> clusterOfProto = new HashMap<>();
    for (int i = 0; i < tasks.length; i++) {
      Integer c = clusterOfProto.get(proto[i]);
      if (c == null) {
        c = prototypes.size();
        clusterOfProto.put(proto[i], c);
        prototypes.add(tasks[proto[i]]);
        members.add(new ArrayList<>());
      }
      members.get(c).add(tasks[i]);
      clusterOf.put(tasks[i], c);
    }
    List<List<String>> frozen = new ArrayList<>();
    for (List<String> m : members) {
      frozen.add(List.copyOf(m));
    }
    return new TaskIndex(List.copyOf(prototypes), Collections.unmodifiableList(frozen),
        Collections.unmodifiableMap(clusterOf));
  }

  /**
   * One cluster per distinct string, in first-appearance order, nothing merged: for tasks
   * that are labels (a dataset or category column), not prompt wordings.
   */
  public static TaskIndex byValue(List<String> tasksInOrder) {
    List<String> prototypes = new ArrayList<>();
    List<List<String>> members = new ArrayList<>();
    Map<String, Integer> clusterOf = new HashMap<>();
    for (String t : tasksInOrder) {
      if (!clusterOf.containsKey(t)) {
        clusterOf.put(t, prototypes.size());
        prototypes.add(t);
        members.add(List.of(t));
      }
    }
    return new TaskIndex(List.copyOf(prototypes), Collections.unmodifiableList(members),
        Collections.unmodifiableMap(clusterOf));
  }

  /** Number of clusters. */
  public int size() { return prototypes.size(); }

  /** Prototype task string of cluster c. */
  public String prototype(int c) { return prototypes.get(c); }

  /** Prototypes in first-appearance order. */
  public List<String> prototypes() { return prototypes; }

  /** The task strings of cluster c, in first-appearance order. */
  public List<String> members(int c) { return members.get(c); }

  /** Cluster of a task string, or -1 when the string is unknown. */
  public int clusterOf(String task) {
    Integer c = clusterOf.get(task);
    return c == null ? -1 : c;
  }
}
