package dev.llmchem.benchmarks.state;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A history already in memory (read in setup, not timed): a generated one of {@link #rows}
 * rows over {@link #tasks} tasks (two wordings each), and its analysis for benchmarks that
 * start from profiles.
 */
@State(Scope.Benchmark)
public class HistoryState {
  /** Rows of the generated history. */
  @Param({"1000", "100000", "1000000"})
  public long rows;

  /** Distinct tasks (each written in two wordings). */
  @Param({"2", "20"})
  public int tasks;

  /** The history. */
  public History history;
  /** Its analysis with default options. */
  public Analysis analysis;

  /** Reads the (cached) generated file. */
  @Setup(Level.Trial)
  public void setup() {
    history = HistoryReader.read(DataSets.generated(rows, tasks)).history();
    analysis = Analysis.of(history, AnalysisOptions.defaults());
  }
}
