package dev.llmchem.engine.live;

import dev.llmchem.engine.history.Dictionary;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kept rows of a live analysis, append-only and columnar (row id = append order = file
 * order), with the rows of each task string in ascending order so a task cluster can be
 * rebuilt from its members' rows alone. Names are interned in first-appearance order: task
 * ids are the order of first appearance that clustering needs, model ids grow as models
 * appear. Owned by the writer; snapshots never see it. Not thread-safe.
 */
final class RowStore {
  private final Dictionary models = new Dictionary();
  private final Dictionary tasks = new Dictionary();
  private final Dictionary trials = new Dictionary();
  private final List<IntArrayList> rowsOfTask = new ArrayList<>();
  private int rows;
  private int[] model = new int[1024];
  private int[] task = new int[1024];
  private int[] trial = new int[1024];
  private double[] quality = new double[1024];
  private double[] accuracy = new double[1024];
  private long[] line = new long[1024];

  /** Appends one kept row; returns its id. */
  int add(String modelName, String taskName, String trialName, double q, double a, long lineNo) {
    if (rows == model.length) {
      int cap = rows + (rows >> 1);
      model = Arrays.copyOf(model, cap);
      task = Arrays.copyOf(task, cap);
      trial = Arrays.copyOf(trial, cap);
      quality = Arrays.copyOf(quality, cap);
      accuracy = Arrays.copyOf(accuracy, cap);
      line = Arrays.copyOf(line, cap);
    }
    int r = rows++;
    model[r] = models.intern(modelName);
    int t = tasks.intern(taskName);
    if (t == rowsOfTask.size()) {
      rowsOfTask.add(new IntArrayList(4));
    }
    task[r] = t;
    trial[r] = trials.intern(trialName);
    quality[r] = q;
    accuracy[r] = a;
    line[r] = lineNo;
    rowsOfTask.get(t).add(r);
    return r;
  }

  int rows() { return rows; }

  int model(int r) { return model[r]; }

  int task(int r) { return task[r]; }

  String trialName(int r) { return trials.name(trial[r]); }

  double quality(int r) { return quality[r]; }

  /** The floored accuracy max(0.1, accuracy) of row r. */
  double floored(int r) { return Math.max(0.1, accuracy[r]); }

  long line(int r) { return line[r]; }

  int modelCount() { return models.size(); }

  String modelName(int id) { return models.name(id); }

  int taskCount() { return tasks.size(); }

  String taskName(int id) { return tasks.name(id); }

  /** The id of a known task string, or -1. */
  int taskId(String name) { return tasks.id(name); }

  /** Rows of task string t, ascending (the store's own list: read, never modify). */
  IntArrayList rowsOf(int t) { return rowsOfTask.get(t); }
}
