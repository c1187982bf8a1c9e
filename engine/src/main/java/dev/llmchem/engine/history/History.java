package dev.llmchem.engine.history;

import dev.llmchem.engine.internal.SharedArrays;

/**
 * An immutable columnar performance history. Row {@code r} (0-based, file order) has its
 * values at index {@code r} of every column. Ids index the name tables returned by
 * {@link #modelNames()} etc. Read a cell with the per-row accessors ({@code model(r)},
 * {@code quality(r)}, ...), which allocate nothing; the whole-column accessors
 * ({@code model()}, {@code quality()}, ...) return a copy, so nothing a caller does to an
 * array it was given changes the history (the engine's own row loops read the columns in
 * place through {@link SharedArrays}). Immutable and thread-safe.
 */
public final class History {
  static {
    SharedArrays.register(new SharedArrays.HistoryAccess() {
      @Override public int[] model(History h) { return h.model; }
      @Override public int[] task(History h) { return h.task; }
      @Override public byte[] strategy(History h) { return h.strategy; }
      @Override public double[] quality(History h) { return h.quality; }
      @Override public double[] accuracy(History h) { return h.accuracy; }
    });
  }

  private final String source;
  private final int rows;
  private final int[] model;
  private final int[] task;
  private final int[] trial;
  private final int[] item;
  private final byte[] strategy;
  private final double[] quality;
  private final double[] accuracy;
  private final double[] generationAccuracy;
  private final double[] variance;
  private final double[] reviewAccuracy;
  private final double[] latency;
  private final double[] temperature;
  private final long[] line;
  private final String[] result;
  private final String[] modelNames;
  private final String[] taskNames;
  private final String[] trialNames;
  private final String[] itemNames;

  History(String source, int rows, int[] model, int[] task, int[] trial, int[] item,
      byte[] strategy, double[][] numbers, long[] line, String[] result,
      String[] modelNames, String[] taskNames, String[] trialNames, String[] itemNames) {
    this.source = source;
    this.rows = rows;
    this.model = model;
    this.task = task;
    this.trial = trial;
    this.item = item;
    this.strategy = strategy;
    this.quality = numbers[0];
    this.accuracy = numbers[1];
    this.generationAccuracy = numbers[2];
    this.variance = numbers[3];
    this.reviewAccuracy = numbers[4];
    this.latency = numbers[5];
    this.temperature = numbers[6];
    this.line = line;
    this.result = result;
    this.modelNames = modelNames;
    this.taskNames = taskNames;
    this.trialNames = trialNames;
    this.itemNames = itemNames;
  }

  /** Where the rows came from (a file path or a caller-chosen label). */
  public String source() { return source; }

  /** Number of rows. */
  public int rows() { return rows; }

  /** Model id of row {@code r}. */
  public int model(int r) { return model[r]; }

  /** The column of {@link #model(int)} for every row, as a copy (O(rows)). */
  public int[] model() { return model.clone(); }

  /** Task-string id of row {@code r}. */
  public int task(int r) { return task[r]; }

  /** The column of {@link #task(int)} for every row, as a copy (O(rows)). */
  public int[] task() { return task.clone(); }

  /** Trial id of row {@code r}. */
  public int trial(int r) { return trial[r]; }

  /** The column of {@link #trial(int)} for every row, as a copy (O(rows)). */
  public int[] trial() { return trial.clone(); }

  /** Item ({@code id} column) id, -1 when empty of row {@code r}. */
  public int item(int r) { return item[r]; }

  /** The column of {@link #item(int)} for every row, as a copy (O(rows)). */
  public int[] item() { return item.clone(); }

  /** Strategy code, {@link Strategy#NONE} when missing/unknown of row {@code r}. */
  public byte strategy(int r) { return strategy[r]; }

  /** The column of {@link #strategy(int)} for every row, as a copy (O(rows)). */
  public byte[] strategy() { return strategy.clone(); }

  /** Consensus quality in [0, 10] of row {@code r}. */
  public double quality(int r) { return quality[r]; }

  /** The column of {@link #quality(int)} for every row, as a copy (O(rows)). */
  public double[] quality() { return quality.clone(); }

  /** Accuracy in [0, 1] of row {@code r}. */
  public double accuracy(int r) { return accuracy[r]; }

  /** The column of {@link #accuracy(int)} for every row, as a copy (O(rows)). */
  public double[] accuracy() { return accuracy.clone(); }

  /** generation_accuracy, NaN where absent of row {@code r}. */
  public double generationAccuracy(int r) { return generationAccuracy[r]; }

  /** The column of {@link #generationAccuracy(int)} for every row, as a copy (O(rows)). */
  public double[] generationAccuracy() { return generationAccuracy.clone(); }

  /** variance, NaN where absent of row {@code r}. */
  public double variance(int r) { return variance[r]; }

  /** The column of {@link #variance(int)} for every row, as a copy (O(rows)). */
  public double[] variance() { return variance.clone(); }

  /** review_accuracy, NaN where absent of row {@code r}. */
  public double reviewAccuracy(int r) { return reviewAccuracy[r]; }

  /** The column of {@link #reviewAccuracy(int)} for every row, as a copy (O(rows)). */
  public double[] reviewAccuracy() { return reviewAccuracy.clone(); }

  /** latency, NaN where absent of row {@code r}. */
  public double latency(int r) { return latency[r]; }

  /** The column of {@link #latency(int)} for every row, as a copy (O(rows)). */
  public double[] latency() { return latency.clone(); }

  /** temperature, NaN where absent of row {@code r}. */
  public double temperature(int r) { return temperature[r]; }

  /** The column of {@link #temperature(int)} for every row, as a copy (O(rows)). */
  public double[] temperature() { return temperature.clone(); }

  /** 1-based starting line in the source of the record of row {@code r}. */
  public long line(int r) { return line[r]; }

  /** The column of {@link #line(int)} for every row, as a copy (O(rows)). */
  public long[] line() { return line.clone(); }

  /** The result text of row r, or null when results were not kept. */
  public String result(int r) { return result == null ? null : result[r]; }

  /** Whether the free-text result column was kept. */
  public boolean keepsResults() { return result != null; }

  /** Model names by id, first-appearance order (a copy). */
  public String[] modelNames() { return modelNames.clone(); }

  /** Task strings by id, first-appearance order (a copy). */
  public String[] taskNames() { return taskNames.clone(); }

  /** Trial names by id (a copy). */
  public String[] trialNames() { return trialNames.clone(); }

  /** Item names by id (a copy). */
  public String[] itemNames() { return itemNames.clone(); }

  /** Name of model id {@code id}. */
  public String modelName(int id) { return modelNames[id]; }

  /** Task string of task id {@code id}. */
  public String taskName(int id) { return taskNames[id]; }

  /** Trial name of trial id {@code id}. */
  public String trialName(int id) { return trialNames[id]; }

  /** Item name of item id {@code id}. */
  public String itemName(int id) { return itemNames[id]; }

  /** Number of distinct models. */
  public int modelCount() { return modelNames.length; }

  /** Number of distinct task strings. */
  public int taskCount() { return taskNames.length; }

  /** Number of distinct trials. */
  public int trialCount() { return trialNames.length; }

  /** Number of distinct item ids. */
  public int itemCount() { return itemNames.length; }

  @Override
  public String toString() {
    return "History[" + source + ", rows=" + rows + ", models=" + modelNames.length
        + ", tasks=" + taskNames.length + ", trials=" + trialNames.length + "]";
  }
}
