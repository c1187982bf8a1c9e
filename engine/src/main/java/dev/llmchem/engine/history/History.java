package dev.llmchem.engine.history;

/**
 * An immutable columnar performance history. Row {@code r} (0-based, file order) has its
 * values at index {@code r} of every column. Ids index the name tables returned by
 * {@link #modelNames()} etc. The arrays are not copied on access: callers must not modify
 * them (the accessor Javadoc says "shared"). Thread-safe.
 */
public final class History {
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

  /** Model id of each row (shared array). */
  public int[] model() { return model; }

  /** Task-string id of each row (shared array). */
  public int[] task() { return task; }

  /** Trial id of each row (shared array). */
  public int[] trial() { return trial; }

  /** Item ({@code id} column) id of each row, -1 when empty (shared array). */
  public int[] item() { return item; }

  /** Strategy code of each row, {@link Strategy#NONE} when missing/unknown (shared array). */
  public byte[] strategy() { return strategy; }

  /** Consensus quality in [0, 10] (shared array). */
  public double[] quality() { return quality; }

  /** Accuracy in [0, 1] (shared array). */
  public double[] accuracy() { return accuracy; }

  /** generation_accuracy, NaN where absent (shared array). */
  public double[] generationAccuracy() { return generationAccuracy; }

  /** variance, NaN where absent (shared array). */
  public double[] variance() { return variance; }

  /** review_accuracy, NaN where absent (shared array). */
  public double[] reviewAccuracy() { return reviewAccuracy; }

  /** latency, NaN where absent (shared array). */
  public double[] latency() { return latency; }

  /** temperature, NaN where absent (shared array). */
  public double[] temperature() { return temperature; }

  /** 1-based starting line of each row's record in the source (shared array). */
  public long[] line() { return line; }

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

  /** Number of distinct models. */
  public int modelCount() { return modelNames.length; }

  /** Number of distinct task strings. */
  public int taskCount() { return taskNames.length; }

  /** Number of distinct trials. */
  public int trialCount() { return trialNames.length; }

  @Override
  public String toString() {
    return "History[" + source + ", rows=" + rows + ", models=" + modelNames.length
        + ", tasks=" + taskNames.length + ", trials=" + trialNames.length + "]";
  }
}
