package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import dev.llmchem.engine.interaction.InteractionMatrix;
import dev.llmchem.engine.recommend.Explanation;
import dev.llmchem.engine.recommend.Recommendation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The JSON of {@code chem profile|chemistry|recommend --json}, one task object at a time, for
 * programs that compute tasks elsewhere and must print what {@code chem} prints (the Spark
 * runner renders each task on an executor, then the driver assembles the document). The
 * writers are the commands' own, so the bytes are the same by construction: a task object
 * is rendered compact ({@link #compact}; also one line of JSON Lines output), then copied into
 * the indented document ({@link #document}, {@link #copy}, {@link #finish}); doubles keep
 * their digits through the copy (shortest round-trip form both ways). Stateless.
 */
public final class TaskJson {
  private TaskJson() { }

  /** A generator writing compact JSON (no indentation, no line end) to {@code w}. */
  public static JsonGenerator compact(Writer w) throws IOException {
    return Json.LINES.getFactory().createGenerator(w);
  }

  /**
   * The indented document of a {@code --json} command on {@code out} (its first 1 Mi
   * characters held back until {@link #finish}, as {@code chem} does).
   */
  public static JsonGenerator document(PrintWriter out) throws IOException {
    return Json.start(out);
  }

  /** Completes a {@link #document}: the held text, a line end, flushed. */
  public static void finish(JsonGenerator g) throws IOException {
    Json.finish(g);
  }

  /** Writes the JSON value {@code json} (e.g. a compact task object) into {@code g}. */
  public static void copy(JsonGenerator g, String json) throws IOException {
    try (JsonParser p = Json.LINES.getFactory().createParser(json)) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
  }

  /** One task object of {@code chem profile --json}. */
  public static void profile(JsonGenerator g, TaskAnalysis t) throws IOException {
    ProfileCommand.json(t, g);
  }

  /**
   * One task object of {@code chem chemistry --json} with {@code --tau tau}, {@code
   * --inclusive} and {@code --witness} as given.
   */
  public static void chemistry(JsonGenerator g, TaskAnalysis t, Chemistry c, double tau,
      boolean inclusive, boolean witness) throws IOException {
    chemistry(g, t, c, tau, inclusive, witness, null);
  }

  /** As above with the task's bootstrap ({@code --bootstrap}; null: none). */
  public static void chemistry(JsonGenerator g, TaskAnalysis t, Chemistry c, double tau,
      boolean inclusive, boolean witness, TaskBootstrap tb) throws IOException {
    ChemistryCommand.json(g, t, c, tau, !inclusive && tau > 0, inclusive, witness, tb);
  }

  /** One task object of {@code chem chemistry --index shapley|banzhaf --json}. */
  public static void interactions(JsonGenerator g, TaskAnalysis t, InteractionMatrix m)
      throws IOException {
    InteractionOutput.json(g, t, m);
  }

  /** One task object of {@code chem recommend --json} with {@code --method} and {@code --size}. */
  public static void recommend(JsonGenerator g, TaskAnalysis t, Chemistry c, Recommendation r,
      RecommendOptions.Method method, int size) throws IOException {
    RecommendCommand.json(g, t, c, r, method, size);
  }

  /**
   * As above with {@code --explain}'s explanation and {@code --bootstrap}'s stability (each
   * null when not asked for).
   */
  public static void recommend(JsonGenerator g, TaskAnalysis t, Chemistry c, Recommendation r,
      RecommendOptions.Method method, int size, Explanation e, TaskBootstrap tb)
      throws IOException {
    RecommendCommand.json(g, t, c, r, method, size, e, tb);
  }
}
