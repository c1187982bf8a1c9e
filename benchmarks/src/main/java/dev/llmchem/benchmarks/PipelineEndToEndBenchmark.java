package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.DataSets;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.recommend.Recommendation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * What {@code chem recommend --data FILE} does, end to end on a real history: read and
 * validate the CSV, cluster tasks, build profiles, then per task the cost table, CHEME and
 * RECOMMEND. The engine path (auto method: dense parallel kernel) against the same pipeline
 * with the naive CHEME oracle (MIG covering lookups over all subsets of S).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PipelineEndToEndBenchmark {
  /** A real history ({@code runs}, {@code runs2}) or a generated one (row count). */
  @Param({DataSets.RUNS, DataSets.RUNS2})
  public String data;

  Path file;

  /** Locates the file (generated ones are written once). */
  @Setup(Level.Trial)
  public void setUp() {
    file = DataSets.file(data);
  }

  /** The engine's pipeline (CHEME method auto). */
  @Benchmark
  public List<Recommendation> engine() {
    return run(ChemeOptions.defaults());
  }

  /** The same pipeline with the naive CHEME oracle. */
  @Benchmark
  public List<Recommendation> naiveCheme() {
    return run(ChemeOptions.defaults().withMethod(ChemeOptions.Method.NAIVE));
  }

  List<Recommendation> run(ChemeOptions cheme) {
    Analysis an = Analysis.of(HistoryReader.read(file).history(), AnalysisOptions.defaults());
    List<Recommendation> out = new ArrayList<>();
    for (TaskAnalysis t : an.tasks()) {
      out.add(t.chemistry(cheme).recommend());
    }
    return out;
  }
}
