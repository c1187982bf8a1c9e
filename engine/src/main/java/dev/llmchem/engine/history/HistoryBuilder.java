package dev.llmchem.engine.history;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.LimitException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Appends rows into growable primitive columns and interns names; {@link #build()} trims the
 * columns into an immutable {@link History}. Not thread-safe. Growth is by 1.5x, so the peak
 * heap during ingest is about 2.5x the final column size.
 */
public final class HistoryBuilder {
  private final String source;
  private final boolean keepResults;
  private final Dictionary models = new Dictionary();
  private final Dictionary tasks = new Dictionary();
  private final Dictionary trials = new Dictionary();
  private final Dictionary items = new Dictionary();
  private int rows;
  private int[] model = new int[1024];
  private int[] task = new int[1024];
  private int[] trial = new int[1024];
  private int[] item = new int[1024];
  private byte[] strategy = new byte[1024];
  private double[][] numbers = new double[7][1024];
  private long[] line = new long[1024];
  private final List<String> results;
  /** Share of the input read so far, for the size estimate of a refusal (NaN: unknown). */
  private java.util.function.DoubleSupplier fractionRead = () -> Double.NaN;

  /**
   * @param source label of the data (file path)
   * @param keepResults keep the free-text {@code result} column
   */
  public HistoryBuilder(String source, boolean keepResults) {
    this.source = source;
    this.keepResults = keepResults;
    this.results = keepResults ? new ArrayList<>() : null;
  }

  /**
   * Appends one row. {@code nums} holds quality, accuracy, generation_accuracy, variance,
   * review_accuracy, latency, temperature in that order (NaN where absent).
   */
  public void add(String modelName, String taskName, String trialName, String itemName,
      byte strategyCode, double[] nums, long lineNo, String resultText) {
    if (rows == model.length) {
      grow();
    }
    int r = rows++;
    model[r] = models.intern(modelName);
    task[r] = tasks.intern(taskName);
    trial[r] = trials.intern(trialName);
    item[r] = itemName == null || itemName.isEmpty() ? -1 : items.intern(itemName);
    strategy[r] = strategyCode;
    for (int c = 0; c < 7; c++) {
      numbers[c][r] = nums[c];
    }
    line[r] = lineNo;
    if (keepResults) {
      results.add(resultText);
    }
  }

  /**
   * Tells the builder how much of its input has been read (0..1), so that a refusal can
   * estimate the rows of the whole input and the heap they need.
   */
  public void fractionRead(java.util.function.DoubleSupplier f) {
    this.fractionRead = f;
  }

  /** Rows appended so far. */
  public int rows() {
    return rows;
  }

  /** Bytes per row of the columns: 4 ints, the strategy byte, 7 doubles, the line long. */
  static final int ROW_BYTES = 4 * 4 + 1 + 7 * 8 + 8;

  /**
   * Grows the columns by 1.5x, after checking that the new columns fit beside the old ones
   * (the copy needs both), so a history too large for the heap is refused with the row count
   * instead of an OutOfMemoryError.
   */
  private void grow() {
    int cap = model.length + (model.length >> 1);
    if (cap < 0 || cap > Integer.MAX_VALUE - 16) {
      throw LimitException.size("history rows", rows, Integer.MAX_VALUE, source + ": the"
          + " history has more than " + rows + " rows, beyond the " + Integer.MAX_VALUE
          + "-row columns", Alternative.SPLIT_INPUT);
    }
    double f = fractionRead.getAsDouble();
    long total = f > 0 && f <= 1 ? (long) (rows / f) : cap;
    String whole = f > 0 && f <= 1 ? String.format(java.util.Locale.ROOT, " (%.0f%% of the"
        + " input; the whole holds about %,d rows, %s of heap while reading)", 100 * f, total,
        LimitException.human(peakBytes(total))) : "";
    LimitException.requireHeap((long) cap * ROW_BYTES, peakBytes(total), source + ": after "
        + String.format(java.util.Locale.ROOT, "%,d", rows) + " rows" + whole + ", growing the"
        + " history's columns to " + String.format(java.util.Locale.ROOT, "%,d", cap) + " rows",
        Alternative.SPLIT_INPUT);
    model = Arrays.copyOf(model, cap);
    task = Arrays.copyOf(task, cap);
    trial = Arrays.copyOf(trial, cap);
    item = Arrays.copyOf(item, cap);
    strategy = Arrays.copyOf(strategy, cap);
    for (int c = 0; c < 7; c++) {
      numbers[c] = Arrays.copyOf(numbers[c], cap);
    }
    line = Arrays.copyOf(line, cap);
  }

  /**
   * Heap to read {@code rows} rows: the columns at 1.5x growth, the copy made by the last
   * growth and the trimmed copy of {@link #build} (about 2.5x the final columns).
   */
  static long peakBytes(long rows) {
    return rows * ROW_BYTES * 5 / 2;
  }

  /**
   * The immutable history (columns trimmed to the row count). The trimmed copy is made beside
   * the columns it copies, so it is checked against the free heap first.
   */
  public History build() {
    LimitException.requireHeap((long) rows * ROW_BYTES, source + ": all "
        + String.format(java.util.Locale.ROOT, "%,d", rows) + " rows read; trimming the"
        + " history's columns to them", Alternative.SPLIT_INPUT);
    double[][] nums = new double[7][];
    for (int c = 0; c < 7; c++) {
      nums[c] = Arrays.copyOf(numbers[c], rows);
    }
    return new History(source, rows, Arrays.copyOf(model, rows), Arrays.copyOf(task, rows),
        Arrays.copyOf(trial, rows), Arrays.copyOf(item, rows), Arrays.copyOf(strategy, rows),
        nums, Arrays.copyOf(line, rows),
        keepResults ? results.toArray(new String[0]) : null,
        models.freeze(), tasks.freeze(), trials.freeze(), items.freeze());
  }
}
