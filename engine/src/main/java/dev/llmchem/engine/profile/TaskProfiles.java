package dev.llmchem.engine.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profiles (q, a, trial) of every model of S for one task cluster, indexed by S index
 * (S = all model names sorted). A model without rows in the cluster has no profile.
 * Immutable and thread-safe: per-model accessors allocate nothing, {@link #names()} returns
 * a copy and the lists are unmodifiable.
 */
public final class TaskProfiles {
  private final String prototype;
  private final List<String> taskStrings;
  private final String[] names;
  private final boolean[] has;
  private final double[] q;
  private final double[] a;
  private final String[] trial;
  private final long[] line;

  TaskProfiles(String prototype, List<String> taskStrings, String[] names, boolean[] has,
      double[] q, double[] a, String[] trial, long[] line) {
    this.prototype = prototype;
    this.taskStrings = List.copyOf(taskStrings);
    this.names = names;
    this.has = has;
    this.q = q;
    this.a = a;
    this.trial = trial;
    this.line = line;
  }

  /**
   * Profiles built elsewhere than {@link ProfileBuilder} (a live analysis rebuilding one task
   * at a time): the arrays are indexed by S index and copied in.
   */
  public static TaskProfiles of(String prototype, List<String> taskStrings, String[] names,
      boolean[] has, double[] q, double[] a, String[] trial, long[] line) {
    int n = names.length;
    if (has.length != n || q.length != n || a.length != n || trial.length != n
        || line.length != n) {
      throw new IllegalArgumentException("profile arrays must have |S| = " + n + " entries");
    }
    return new TaskProfiles(prototype, taskStrings, names.clone(), has.clone(), q.clone(),
        a.clone(), trial.clone(), line.clone());
  }

  /**
   * Whether {@code o} holds the same profiles as this (S, has, q and a bit for bit, trial),
   * source lines aside: then U, its costs, X_Q, CHEME and RECOMMEND are the same.
   */
  public boolean sameValues(TaskProfiles o) {
    if (!Arrays.equals(names, o.names)) {
      return false;
    }
    for (int i = 0; i < names.length; i++) {
      if (has[i] != o.has[i] || Double.doubleToLongBits(q[i]) != Double.doubleToLongBits(o.q[i])
          || Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(o.a[i])
          || !java.util.Objects.equals(trial[i], o.trial[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code o} is the same in every answer: {@link #sameValues}, lines and strings. */
  public boolean sameAs(TaskProfiles o) {
    return sameValues(o) && Arrays.equals(line, o.line) && prototype.equals(o.prototype)
        && taskStrings.equals(o.taskStrings);
  }

  /** The cluster's prototype task string. */
  public String prototype() { return prototype; }

  /** Task strings of the cluster, first-appearance order (unmodifiable). */
  public List<String> taskStrings() { return taskStrings; }

  /** |S|. */
  public int universeSize() { return names.length; }

  /** Model name of S index i. */
  public String name(int i) { return names[i]; }

  /** S names, sorted (a copy; one name: {@link #name(int)}). */
  public String[] names() { return names.clone(); }

  /** S index of a model name, or a negative number when it is not in S (binary search). */
  public int indexOf(String model) { return java.util.Arrays.binarySearch(names, model); }

  /** Whether model i has a profile in this cluster. */
  public boolean has(int i) { return has[i]; }

  /** Quality q of model i (NaN without profile). */
  public double q(int i) { return q[i]; }

  /** Accuracy a = max(0.1, accuracy) of model i (NaN without profile). */
  public double a(int i) { return a[i]; }

  /** Trial of the chosen row of model i (null without profile). */
  public String trial(int i) { return trial[i]; }

  /** 1-based source line of the chosen row of model i (0 without profile). */
  public long line(int i) { return line[i]; }

  /** U = used(S) with a &gt; theta, in rank order (q desc, a desc, name asc). */
  public UsedSet used(double theta) {
    int[] members = new int[names.length];
    int n = 0;
    for (int i = 0; i < names.length; i++) {
      if (has[i] && a[i] > theta) {
        int k = n++; // insertion in rank order (a strict total order: ties end on the index)
        while (k > 0 && ranksBefore(i, members[k - 1])) {
          members[k] = members[k - 1];
          k--;
        }
        members[k] = i;
      }
    }
    members = java.util.Arrays.copyOf(members, n);
    double[] pen = new double[members.length];
    for (int k = 0; k < members.length; k++) {
      pen[k] = UsedSet.penalty(q[members[k]], a[members[k]]);
    }
    return new UsedSet(members, pen, names.length);
  }

  /** Whether S index x ranks before y ({@link #rankOrder()}). */
  private boolean ranksBefore(int x, int y) {
    int c = Double.compare(q[y], q[x]);
    if (c == 0) {
      c = Double.compare(a[y], a[x]);
    }
    return c != 0 ? c < 0 : x < y;
  }

  /** Rank order over S indices: q descending, a descending, name (= S index) ascending. */
  public Comparator<Integer> rankOrder() {
    return (x, y) -> {
      int c = Double.compare(q[y], q[x]);
      if (c != 0) {
        return c;
      }
      c = Double.compare(a[y], a[x]);
      return c != 0 ? c : Integer.compare(x, y);
    };
  }

  /**
   * X_Q: the chosen profile rows grouped by trial, one model set per distinct trial, each as
   * ascending S indices; duplicates removed; sorted lexicographically (shorter prefix first),
   * which for sorted names is the order of the reference's sorted list of sorted lists.
   * Computed per call: the list and its arrays are the caller's.
   */
  public List<int[]> historicalConfigurations() {
    Map<String, List<Integer>> byTrial = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      if (has[i]) {
        byTrial.computeIfAbsent(trial[i], k -> new ArrayList<>()).add(i);
      }
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> g : byTrial.values()) {
      out.add(g.stream().mapToInt(Integer::intValue).toArray());
    }
    out.sort(Arrays::compare);
    List<int[]> dedup = new ArrayList<>();
    for (int[] x : out) {
      if (dedup.isEmpty() || !Arrays.equals(dedup.get(dedup.size() - 1), x)) {
        dedup.add(x);
      }
    }
    return dedup;
  }
}
