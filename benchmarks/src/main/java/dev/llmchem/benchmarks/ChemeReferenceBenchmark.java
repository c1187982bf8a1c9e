package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.ReferenceState;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.DenseCheme;
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
 * The reference's approach against ours in one run, at the same |S| and cost table: the
 * reference-style baseline (object MIG, linear covering scan per distinct subset, set-keyed
 * memo; {@link dev.llmchem.benchmarks.baseline.ReferenceStyleCheme}) as single shots, and the
 * dense parallel kernel on the 2^|U| table (what {@code chem chemistry} runs). The ratio of the
 * two scores is the speed-up over the reference's algorithm with the language held equal.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx8g"})
public class ChemeReferenceBenchmark {

  /** Reference style: build the object MIG, then CHEME through memoised linear scans. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public Map<String, Double> referenceStyle(ReferenceState st) {
    return st.referenceStyle().chemistry();
  }

  /** Ours: dense parallel kernel (common pool + caller) on the table over U. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public ChemMatrix denseParallel(ReferenceState st) {
    return DenseCheme.parallel(st.cost, st.map);
  }
}
