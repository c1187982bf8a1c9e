package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.DataSets;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.TaskRunner;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code chem recommend} over a many-task production log ({@link DataSets#manyTasks}: distinct
 * prompts, 16 models), scaled by tasks and rows per task: {@code pipeline} reads, analyses
 * and runs CHEME and RECOMMEND for every task through {@link TaskRunner} (tasks in parallel,
 * kernels on one worker each); {@code oneTaskAtATime} runs the tasks in a loop, each task's
 * kernels with the default thread count, as the CLI did before; {@code analyse} is the read and
 * analysis alone (clustering, profiles). Answers are checked equal in the benchmarks' tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ManyTaskPipelineBenchmark {
  /** Distinct tasks. */
  @Param({"1000", "10000"})
  public int tasks;

  /** Rows per task (rows = tasks x this). */
  @Param({"10", "100"})
  public int rowsPerTask;

  Path file;

  /** Writes the history once (cached across runs). */
  @Setup(Level.Trial)
  public void setUp() {
    file = DataSets.manyTasks((long) tasks * rowsPerTask, tasks);
  }

  /** Read, analyse, then CHEME + RECOMMEND per task, tasks in parallel. */
  @Benchmark
  public double pipeline() {
    Analysis an = analyse();
    double[] sum = new double[1];
    TaskRunner.run(an.tasks(), 0, ProgressListener.NONE,
        (t, c) -> t.chemistry(c.cheme(ChemeOptions.Method.AUTO)).recommend().loss(),
        (t, loss) -> sum[0] += Double.isNaN(loss) ? 0 : loss);
    return sum[0];
  }

  /** The same, one task after another, each task's kernels with the default threads. */
  @Benchmark
  public double oneTaskAtATime() {
    double sum = 0;
    for (TaskAnalysis t : analyse().tasks()) {
      double loss = t.chemistry().recommend().loss();
      sum += Double.isNaN(loss) ? 0 : loss;
    }
    return sum;
  }

  /** Read and analysis only. */
  @Benchmark
  public int analyseOnly() {
    return analyse().tasks().size();
  }

  Analysis analyse() {
    History h = HistoryReader.read(file).history();
    return Analysis.of(h, AnalysisOptions.defaults());
  }
}
