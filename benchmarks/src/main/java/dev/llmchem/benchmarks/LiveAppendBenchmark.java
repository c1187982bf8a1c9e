package dev.llmchem.benchmarks;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.LiveAnalysis;
import dev.llmchem.engine.TaskRunner;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.HistoryBuilder;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.live.LiveRow;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.RecommendOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Live appends ({@link LiveAnalysis}) on a history of {@code rows} rows over {@code tasks}
 * distinct prompts and 20 models (each task uses 10 of them; task 0 uses {@code u}):
 * {@code appendNoChange} appends a batch of {@value #BATCH} rows that change no profile (a
 * worse row of a known model and prompt; time per row); {@code appendChangesOneProfile}
 * appends one row that raises one model's accuracy in task 0 (a new snapshot with task 0's
 * CHEME over |U| = u and RECOMMEND); {@code fullRebuild} is what a change cost before: the
 * analysis of the whole history, then CHEME and RECOMMEND of every task (tasks in parallel).
 * The answers are checked against a rebuild in the benchmarks' tests.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class LiveAppendBenchmark {
  /** Rows of a no-change batch. */
  public static final int BATCH = 1000;
  static final int MODELS = 20;
  static final int PER_TASK = 10;

  @Param({"1000000"})
  public int rows;

  @Param({"10000"})
  public int tasks;

  /** |U| of task 0, the task whose profile changes. */
  @Param({"12", "20"})
  public int u;

  History history;
  LiveAnalysis live;
  List<LiveRow> noChange;
  /** Rows appended after the history, in order (the tests rebuild from them). */
  final List<LiveRow> appended = new ArrayList<>();
  private long raises;
  private int nextNoChange;

  /** The history and its live analysis (generation 0). */
  @Setup(Level.Trial)
  public void setUp() {
    Random rnd = new Random(20261126L);
    HistoryBuilder b = new HistoryBuilder("live-bench", false);
    double[] nums = new double[7];
    java.util.Arrays.fill(nums, Double.NaN);
    for (int r = 0; r < rows; r++) {
      int t = r % tasks;
      int width = t == 0 ? u : PER_TASK;
      int m = t == 0 ? r / tasks % width : (t * 7 + r / tasks % width) % MODELS;
      nums[0] = 5 + rnd.nextInt(50) / 10.0;
      nums[1] = 0.55 + rnd.nextInt(40) / 100.0; // used: a > 0.5, max 0.94
      b.add(model(m), prompt(t), "trial" + (r / tasks % 4), null, Strategy.RANDOM.code(), nums,
          r + 2, null);
    }
    history = b.build();
    live = LiveAnalysis.of(history, AnalysisOptions.defaults(), RecommendOptions.defaults(), 0);
    noChange = new ArrayList<>();
    for (int i = 0; i < 64 * BATCH; i++) {
      int t = rnd.nextInt(tasks);
      int m = t == 0 ? rnd.nextInt(u) : (t * 7 + rnd.nextInt(PER_TASK)) % MODELS;
      noChange.add(LiveRow.of("trial0", model(m), prompt(t), 5.0, 0.0)); // floors to 0.1
    }
  }

  static String model(int m) {
    return String.format("model-%02d", m);
  }

  static String prompt(int t) {
    return "prompt q" + t + " about topic" + (t % 97);
  }

  /** A batch of rows that change no profile; the score is per row. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @OperationsPerInvocation(BATCH)
  public long appendNoChange() {
    int from = nextNoChange;
    nextNoChange = (nextNoChange + BATCH) % noChange.size();
    return live.append(noChange.subList(from, from + BATCH)).snapshot().generation();
  }

  /** One row raising one model's accuracy in task 0: a new snapshot with task 0 rebuilt. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public double appendChangesOneProfile() {
    return live.append(raise()).snapshot().tasks().get(0).recommendation().loss();
  }

  /** The next raising row: accuracy above every earlier one (strictly increasing to 1). */
  LiveRow raise() {
    long n = ++raises;
    LiveRow r = LiveRow.of("trial" + (n % 4), model((int) (n % u)), prompt(0), 9.0,
        0.95 + 0.05 * n / (n + 1.0));
    appended.add(r);
    return r;
  }

  /** The whole history analysed again, CHEME and RECOMMEND for every task. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public double fullRebuild() {
    Analysis an = Analysis.of(history, AnalysisOptions.defaults());
    double[] sum = new double[1];
    TaskRunner.run(an.tasks(), 0, ProgressListener.NONE,
        (t, c) -> t.chemistry(c.cheme(ChemeOptions.Method.AUTO)).recommend().loss(),
        (t, loss) -> sum[0] += Double.isNaN(loss) ? 0 : loss);
    return sum[0];
  }
}
