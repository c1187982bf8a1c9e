package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.PromptsState;
import dev.llmchem.benchmarks.state.TaskStringsState;
import dev.llmchem.engine.task.ScanClustering;
import dev.llmchem.engine.task.TaskClustering;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Task clustering (SPEC 2) over a growing number of distinct task strings: the engine's
 * prefix-filtered inverted index against its naive twin, the scan of every prototype (same
 * float32 arithmetic, identical clusters). {@code indexed}/{@code scan} on the small-vocabulary
 * groups of {@link TaskStringsState} (30-3000 strings, the scan's range); {@code prompts} on
 * {@link PromptsState} (10^4-10^6 prompt-like strings), the scale goal.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TaskClusterBenchmark {

  /** The engine's clustering. */
  @Benchmark
  public int[] indexed(TaskStringsState st) {
    return TaskClustering.cluster(st.strings, TaskClustering.DEFAULT_THRESHOLD);
  }

  /** Its naive twin: every task against every prototype. */
  @Benchmark
  public int[] scan(TaskStringsState st) {
    return ScanClustering.cluster(st.strings, TaskClustering.DEFAULT_THRESHOLD);
  }

  /** The engine's clustering on prompt-like corpora up to 10^6 strings. */
  @Benchmark
  public int[] prompts(PromptsState st) {
    return TaskClustering.cluster(st.strings, TaskClustering.DEFAULT_THRESHOLD);
  }
}
