package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.baseline.NaiveProfiles;
import dev.llmchem.benchmarks.state.HistoryState;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.profile.AnalysisOptions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From an in-memory history to per-task profiles, scaling rows and tasks: the engine's
 * Analysis (task clustering + one pass over primitive columns into a packed-key slot map)
 * against the grouped-streams baseline over row objects.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ProfileBuildBenchmark {

  /** The engine: clustering + profiles. */
  @Benchmark
  public Analysis analysis(HistoryState st) {
    return Analysis.of(st.history, AnalysisOptions.defaults());
  }

  /** Baseline: row objects grouped with streams (clustering reused from the analysis). */
  @Benchmark
  public Map<String, Map<String, double[]>> naive(HistoryState st) {
    return NaiveProfiles.profiles(st.history, st.analysis.taskIndex());
  }
}
