package dev.llmchem.examples;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.Ingested;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.recommend.Recommendation;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A program that embeds the engine as a library: it reads a history, prints a task's strongest
 * pairs and its recommended ensemble, and shows a long computation stopped by a deadline. The
 * part between the markers is the README's library example (a test keeps the two equal).
 *
 * <p>Usage: {@code EmbedEngine [history.csv]} (default {@code fixtures/reference/runs2.csv},
 * read from the repository root).
 */
public final class EmbedEngine {
  private EmbedEngine() { }

  /**
   * Runs the example.
   *
   * @param args an optional history file
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "fixtures/reference/runs2.csv");
    // example:begin
    Ingested in = HistoryReader.read(file);               // CSV -> columnar history (+ report)
    Analysis an = Analysis.of(in.history(), AnalysisOptions.defaults());
    TaskAnalysis t = an.tasks().get(0);                   // or an.task("fix buggy program")
    Chemistry snap = t.chemistry();                       // CHEME: immutable, thread-safe
    for (Chemistry.Entry e : snap.strongest(3, 0.0, false)) {
      System.out.printf("chem(%s, %s) = %.4f%n", e.a(), e.b(), e.chem());
    }
    Recommendation r = snap.recommend();                  // RECOMMEND, reference local search
    System.out.println(t.prototype() + ": " + snap.names(r) + ", loss " + r.loss()
        + " (" + r.reason() + "; CHEME " + snap.method().label() + ", " + snap.kernel() + ")");
    try {                                                 // any long call takes a deadline
      t.chemistry(ChemeOptions.defaults().withMethod(ChemeOptions.Method.NAIVE)
          .withProgress(ProgressListener.timeout(Duration.ZERO)));
    } catch (CancelledException e) {
      System.out.println("stopped: " + e.describe());
    }
    // example:end
  }
}
