package dev.llmchem.benchmarks.baseline;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.HistoryBuilder;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.recommend.Recommendation;
import java.util.List;

/**
 * The obvious way to run one bootstrap replicate of a one-task history's trials: copy the
 * drawn trials' rows into a new history (a trial drawn k times k times, file order), analyse
 * it from scratch, then CHEME and RECOMMEND. The engine's {@code Bootstrap} instead rebuilds
 * the profiles from per-(trial, model) candidate rows kept once.
 */
public final class RebuiltReplicate {
  private RebuiltReplicate() { }

  /** A replicate's recommended set (names) and loss. */
  public record Result(List<String> set, double loss) { }

  /** The replicate for trial multiplicities {@code counts}, indexed like {@code unitOf}. */
  public static Result run(Analysis an, int[] rows, int[] unitOf, int[] counts) {
    History h = an.history();
    HistoryBuilder b = new HistoryBuilder("replicate", false);
    double[] nums = new double[7];
    java.util.Arrays.fill(nums, Double.NaN);
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      for (int c = 0; c < counts[unitOf[i]]; c++) {
        nums[0] = h.quality(r);
        nums[1] = h.accuracy(r);
        b.add(h.modelName(h.model(r)), "the task", h.trialName(h.trial(r)), null,
            Strategy.RANDOM.code(), nums, h.line(r), null);
      }
    }
    Analysis ra = Analysis.of(b.build(), an.options().withTaskClustering(false));
    TaskAnalysis t = ra.tasks().get(0);
    Chemistry c = t.chemistry(dev.llmchem.engine.ChemeOptions.defaults().withThreads(1));
    Recommendation r = c.recommend();
    return new Result(c.names(r), r.loss());
  }
}
