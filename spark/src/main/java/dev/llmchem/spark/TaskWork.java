package dev.llmchem.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.cli.TaskJson;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.Recommendation;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * What one task's executor computes and prints: the command and its options, serializable.
 * {@link #render} runs the engine on the task (CHEME, RECOMMEND with the kernels' threads
 * given) and writes the task's object with the CLI's own writers ({@link TaskJson}), compact.
 *
 * @param command profile, chemistry or recommend
 * @param cheme chemistry's {@code --method}
 * @param tau chemistry's {@code --tau}
 * @param inclusive chemistry's {@code --inclusive}
 * @param witness chemistry's {@code --witness}
 * @param recommend recommend's {@code --method}
 * @param size recommend's {@code --size}
 * @param params recommend's alpha, beta, iterations and minimum size
 */
record TaskWork(Command command, ChemeOptions.Method cheme, double tau, boolean inclusive,
    boolean witness, RecommendOptions.Method recommend, int size, Params params)
    implements Serializable {

  /** The subcommands. */
  enum Command { PROFILE, CHEMISTRY, RECOMMEND }

  /** {@link RecommendParams}, serializable. */
  record Params(double alpha, double beta, int iters, int minSize) implements Serializable {
    RecommendParams engine() {
      return new RecommendParams(alpha, beta, iters, minSize);
    }
  }

  static TaskWork profile() {
    return new TaskWork(Command.PROFILE, ChemeOptions.Method.AUTO, 0, false, false,
        RecommendOptions.Method.REFERENCE, 0, new Params(0.5, 0.5, 10, 2));
  }

  /** Recommend's options as the engine takes them (checked on the driver before any job). */
  RecommendOptions recommendOptions(int threads) {
    return new RecommendOptions(recommend, params.engine(), size, threads,
        ProgressListener.NONE);
  }

  /** The task's compact JSON object; {@code threads} for its kernels. */
  String render(TaskAnalysis t, int threads) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = TaskJson.compact(w)) {
      switch (command) {
        case PROFILE -> TaskJson.profile(g, t);
        case CHEMISTRY -> {
          ChemeOptions.Method m = witness ? ChemeOptions.Method.EXACT_EQ1 : cheme;
          Chemistry c = t.chemistry(new ChemeOptions(m, threads, ProgressListener.NONE));
          TaskJson.chemistry(g, t, c, tau, inclusive, witness);
        }
        case RECOMMEND -> {
          Chemistry c = t.chemistry(new ChemeOptions(ChemeOptions.Method.AUTO, threads,
              ProgressListener.NONE));
          Recommendation r = c.recommend(recommendOptions(threads));
          TaskJson.recommend(g, t, c, r, recommend, size);
        }
        default -> throw new IllegalStateException(command.name());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
