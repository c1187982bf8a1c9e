package dev.llmchem.spark;

import dev.llmchem.engine.bootstrap.TaskSample;
import dev.llmchem.engine.bootstrap.Unit;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.HistoryBuilder;
import dev.llmchem.engine.profile.Aggregate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A task's analysed rows on its executor, as the engine's bootstrap resamples them
 * ({@link TaskSample}): in file order (by ord), in a history of their own whose model ids map
 * to S. The units (trials in order of first appearance in the task, or rows) and candidate
 * rows are then those of the task in the whole history, so the draws are {@code chem}'s.
 */
final class TaskRows {
  private TaskRows() { }

  /**
   * @param rows (ord, model, trial, quality, a) of every analysed row of the task
   * @param names S, sorted
   */
  static TaskSample sample(List<Row> rows, String[] names, String prototype, Unit unit,
      Aggregate aggregate) {
    Row[] sorted = rows.toArray(new Row[0]);
    Arrays.sort(sorted, Comparator.comparingLong(r -> r.getLong(0)));
    HistoryBuilder b = new HistoryBuilder(prototype, false);
    double[] nums = new double[7];
    Arrays.fill(nums, Double.NaN);
    for (Row r : sorted) {
      nums[0] = r.getDouble(3);
      nums[1] = r.getDouble(4);
      String trial = r.getString(2);
      b.add(r.getString(1), prototype, trial == null ? "" : trial, null, (byte) 0, nums,
          r.getLong(0) & IngestRows.LINE_MASK, null);
    }
    History h = b.build();
    String[] models = h.modelNames();
    int[] sIndex = new int[models.length];
    for (int m = 0; m < models.length; m++) {
      sIndex[m] = Arrays.binarySearch(names, models[m]);
    }
    int[] all = new int[h.rows()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return new TaskSample(h, all, sIndex, names.length, unit, aggregate);
  }
}
