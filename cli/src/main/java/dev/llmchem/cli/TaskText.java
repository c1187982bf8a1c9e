package dev.llmchem.cli;

import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import dev.llmchem.engine.interaction.InteractionMatrix;
import dev.llmchem.engine.recommend.Explanation;
import dev.llmchem.engine.recommend.Recommendation;
import java.io.PrintWriter;

/**
 * The text output of {@code chem profile|chemistry|recommend} (without {@code --json}), one
 * task at a time, for programs that compute tasks elsewhere and must print what {@code chem}
 * prints (the Spark runner renders each task's text on an executor; the driver prints them in
 * task order). The writers are the commands' own, so the text is the same by construction;
 * the seconds a kernel took, which chemistry's text shows, are the caller's. Stateless.
 */
public final class TaskText {
  private TaskText() { }

  /** One task of {@code chem profile}. */
  public static void profile(PrintWriter out, TaskAnalysis t) {
    ProfileCommand.text(t, out);
  }

  /**
   * One task of {@code chem chemistry} under {@code --tau}, {@code --inclusive},
   * {@code --witness} and {@code --top}; {@code secs} is what CHEME took, {@code tb} the
   * task's bootstrap (null: none). A {@code --top 0} listing that would not fit the heap is
   * refused (LimitException) before anything is printed.
   */
  public static void chemistry(PrintWriter out, TaskAnalysis t, Chemistry c, double tau,
      boolean inclusive, boolean witness, int top, double secs, TaskBootstrap tb) {
    ChemistryCommand.text(out, t, c, tau, inclusive, witness, top, secs, tb);
  }

  /** One task of {@code chem chemistry --index shapley|banzhaf} with {@code --top}. */
  public static void interactions(PrintWriter out, TaskAnalysis t, InteractionMatrix m,
      int top, double secs) {
    InteractionOutput.text(out, t, m, top, secs);
  }

  /**
   * One task of {@code chem recommend} with {@code --method}, {@code --size} and
   * {@code --min-size}, and {@code --explain}'s explanation and {@code --bootstrap}'s
   * stability (each null when not asked for).
   */
  public static void recommend(PrintWriter out, TaskAnalysis t, Chemistry c, Recommendation r,
      RecommendOptions.Method method, int size, int minSize, Explanation e, TaskBootstrap tb) {
    RecommendCommand.text(out, t, c, r, method, size, minSize, e, tb);
  }
}
