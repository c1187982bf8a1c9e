package dev.llmchem.engine.history;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.LimitException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Appends rows into primitive columns and interns names; {@link #build()} turns them into an
 * immutable {@link History}. Not thread-safe.
 *
 * <p>Memory. Rows go into blocks of {@value #BLOCK} rows per column, so growing never copies
 * (a doubling array copy needed 2.5x the final columns at its peak: 1.9 GiB for 10^7 rows).
 * {@link #build()} assembles one column at a time and drops that column's blocks as it goes,
 * so the peak is the blocks plus one final column: {@link #ROW_BYTES} + 8 bytes per row (89),
 * plus the interned names (checked with room for the collector's reserve: {@link #peakBytes}).
 */
public final class HistoryBuilder implements RowSink {
  private final String source;
  private final boolean keepResults;
  private final Dictionary models = new Dictionary();
  private final Dictionary tasks = new Dictionary();
  private final Dictionary trials = new Dictionary();
  private final Dictionary items = new Dictionary();
  private int rows;
  /** Blocks of each column; the last block of each is the one being filled. */
  private final List<int[]> model = new ArrayList<>();
  private final List<int[]> task = new ArrayList<>();
  private final List<int[]> trial = new ArrayList<>();
  private final List<int[]> item = new ArrayList<>();
  private final List<byte[]> strategy = new ArrayList<>();
  private final List<List<double[]>> numbers = new ArrayList<>();
  private final List<long[]> line = new ArrayList<>();
  // the current blocks
  private int[] bModel;
  private int[] bTask;
  private int[] bTrial;
  private int[] bItem;
  private byte[] bStrategy;
  private final double[][] bNumbers = new double[7][];
  private long[] bLine;
  private boolean built;
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
    for (int c = 0; c < 7; c++) {
      numbers.add(new ArrayList<>());
    }
  }

  /** Rows per column block (a power of two). */
  static final int BLOCK = 1 << 15;

  /**
   * Appends one row. {@code nums} holds quality, accuracy, generation_accuracy, variance,
   * review_accuracy, latency, temperature in that order (NaN where absent).
   */
  @Override
  public void add(String modelName, String taskName, String trialName, String itemName,
      byte strategyCode, double[] nums, long lineNo, String resultText) {
    if (built) {
      throw new IllegalStateException("build() was called: the builder gave its columns away");
    }
    if ((rows & (BLOCK - 1)) == 0) {
      grow();
    }
    int r = rows++ & (BLOCK - 1);
    bModel[r] = models.intern(modelName);
    bTask[r] = tasks.intern(taskName);
    bTrial[r] = trials.intern(trialName);
    bItem[r] = itemName == null || itemName.isEmpty() ? -1 : items.intern(itemName);
    bStrategy[r] = strategyCode;
    for (int c = 0; c < 7; c++) {
      bNumbers[c][r] = nums[c];
    }
    bLine[r] = lineNo;
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
   * Adds a block to every column, after checking that it fits the heap, so a history too
   * large for the heap is refused with the row count (and an estimate for the whole input)
   * instead of an OutOfMemoryError.
   */
  private void grow() {
    if (rows > Integer.MAX_VALUE - 16 - BLOCK) {
      throw LimitException.size("history rows", rows, Integer.MAX_VALUE, source + ": the"
          + " history has more than " + rows + " rows, beyond the " + Integer.MAX_VALUE
          + "-row columns", Alternative.SPLIT_INPUT);
    }
    int cap = rows + BLOCK;
    double f = fractionRead.getAsDouble();
    long total = f > 0 && f <= 1 ? (long) (rows / f) : cap;
    String whole = f > 0 && f <= 1 ? String.format(java.util.Locale.ROOT, " (%.0f%% of the"
        + " input; the whole holds about %,d rows, %s of heap while reading)", 100 * f, total,
        LimitException.human(peakBytes(total))) : "";
    // once a tenth is read the estimate is firm enough to refuse early what cannot fit
    long need = f >= 0.1 && f <= 1 ? Math.max(BLOCK, total - rows) * (long) ROW_BYTES
        + total * ASSEMBLY_BYTES
        : (long) BLOCK * ROW_BYTES;
    LimitException.requireHeap(need, peakBytes(total), source + ": after "
        + String.format(java.util.Locale.ROOT, "%,d", rows) + " rows" + whole + ", the"
        + " history's columns " + (need > (long) BLOCK * ROW_BYTES ? "for the rest of the input"
        : "for " + String.format(java.util.Locale.ROOT, "%,d", cap) + " rows"),
        Alternative.SPLIT_INPUT);
    model.add(bModel = new int[BLOCK]);
    task.add(bTask = new int[BLOCK]);
    trial.add(bTrial = new int[BLOCK]);
    item.add(bItem = new int[BLOCK]);
    strategy.add(bStrategy = new byte[BLOCK]);
    for (int c = 0; c < 7; c++) {
      numbers.get(c).add(bNumbers[c] = new double[BLOCK]);
    }
    line.add(bLine = new long[BLOCK]);
  }

  /**
   * Heap per row to assemble a column beside the blocks: the column (8 bytes a row) as one
   * contiguous array, and as much again because a collector keeps free space in reserve (G1:
   * 10% of the heap), so a check of 8 bytes passed at -Xmx1g for 10^7 rows and the allocation
   * still failed.
   */
  static final int ASSEMBLY_BYTES = 16;

  /** Heap to read {@code rows} rows: the blocks and the assembly of one column. */
  static long peakBytes(long rows) {
    return rows * (ROW_BYTES + ASSEMBLY_BYTES);
  }

  /** Concatenates the first {@code rows} cells of {@code blocks} and drops the blocks. */
  private <A> A join(List<A> blocks, A out) {
    for (int b = 0; b < blocks.size(); b++) {
      int from = b * BLOCK;
      System.arraycopy(blocks.get(b), 0, out, from, Math.min(BLOCK, rows - from));
      blocks.set(b, null); // collectable once copied
    }
    blocks.clear();
    return out;
  }

  /**
   * The immutable history: each column assembled from its blocks (checked against the free heap
   * first), the blocks dropped as they are copied. Once only: the builder is then spent.
   */
  public History build() {
    if (built) {
      throw new IllegalStateException("build() was called: the builder gave its columns away");
    }
    built = true;
    LimitException.requireHeap((long) rows * ASSEMBLY_BYTES, source + ": all "
        + String.format(java.util.Locale.ROOT, "%,d", rows) + " rows read; assembling the"
        + " history's columns", Alternative.SPLIT_INPUT);
    double[][] nums = new double[7][];
    for (int c = 0; c < 7; c++) {
      nums[c] = join(numbers.get(c), new double[rows]);
    }
    return new History(source, rows, join(model, new int[rows]), join(task, new int[rows]),
        join(trial, new int[rows]), join(item, new int[rows]), join(strategy, new byte[rows]),
        nums, join(line, new long[rows]),
        keepResults ? results.toArray(new String[0]) : null,
        models.freeze(), tasks.freeze(), trials.freeze(), items.freeze());
  }
}
