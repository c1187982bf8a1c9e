package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.baseline.NaiveClustering;
import dev.llmchem.benchmarks.state.TaskStringsState;
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
 * sparse float32 TF-IDF (primitive arrays, one scattered dense row per query) against the
 * boxed-map baseline with the same arithmetic. Cost grows as tasks x prototypes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TaskClusterBenchmark {

  /** The engine's clustering. */
  @Benchmark
  public int[] engine(TaskStringsState st) {
    return TaskClustering.cluster(st.strings, TaskClustering.DEFAULT_THRESHOLD);
  }

  /** Baseline: boxed maps, same arithmetic. */
  @Benchmark
  public int[] naive(TaskStringsState st) {
    return NaiveClustering.cluster(st.strings, TaskClustering.DEFAULT_THRESHOLD);
  }
}
