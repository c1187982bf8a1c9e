package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.DataSets;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.profile.AnalysisOptions;
import java.io.IOException;
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
 * CSV ingest: the engine's reader (byte scanner with validation and the per-line report)
 * against its FastCSV twin (same validation and report, chars) and an Apache Commons CSV
 * baseline building the same columns without validation; and the full load the reference
 * times (read + task clustering + profiles) with either reader, plus the analysis stage alone.
 * Rows/s and MB/s follow from the time per file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IngestBenchmark {
  @Param({DataSets.RUNS2, "10000", "100000", "1000000"})
  public String data;

  Path file;

  @Setup(Level.Trial)
  public void setUp() {
    file = DataSets.file(data);
  }

  /** A history read once, for {@link #analyseOnly} (only that benchmark pays for it). */
  @State(Scope.Benchmark)
  public static class Loaded {
    History history;

    @Setup(Level.Trial)
    public void load(IngestBenchmark b) {
      history = HistoryReader.read(b.file).history();
    }
  }

  /** The engine's reader (byte scanner + validation + report). */
  @Benchmark
  public History bytes() {
    return HistoryReader.read(file).history();
  }

  /** The previous reader, kept as the scanner's twin (FastCSV + validation + report). */
  @Benchmark
  public History fastcsv() {
    return HistoryReader.readWithFastCsv(file, IngestOptions.defaults()).history();
  }

  /** Baseline: the same columns parsed with Apache Commons CSV, no validation. */
  @Benchmark
  public History commonsCsv() throws IOException {
    return CommonsCsvIngest.read(file);
  }

  /** What the reference's 0.051 s on runs2.csv covers: read + clustering + profiles. */
  @Benchmark
  public Analysis readAndAnalyse() {
    return Analysis.of(HistoryReader.read(file).history(), AnalysisOptions.defaults());
  }

  /** The same load with the FastCSV reader (the figure before the byte scanner). */
  @Benchmark
  public Analysis readAndAnalyseFastCsv() {
    return Analysis.of(HistoryReader.readWithFastCsv(file, IngestOptions.defaults()).history(),
        AnalysisOptions.defaults());
  }

  /** The analysis stage alone (clustering + profiles) on a history read once in setup. */
  @Benchmark
  public Analysis analyseOnly(Loaded loaded) {
    return Analysis.of(loaded.history, AnalysisOptions.defaults());
  }
}
