package dev.llmchem.engine.bootstrap;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import java.util.HashMap;
import java.util.Map;

/**
 * The naive twin of a replicate: a new history holding the drawn rows (each drawn unit's rows
 * in file order, a unit drawn k times giving k adjacent copies of each of its rows), analysed
 * from scratch with the same options as a single task (no clustering: the cluster is the
 * task), S kept. Written from SPEC 3 and the unit's definition, sharing nothing with
 * {@link TaskSample} but the history.
 */
final class BootstrapOracle {
  private BootstrapOracle() { }

  /**
   * The replicate's analysis. S is the point analysis' S (a model in no drawn unit has no
   * profile, as a model without rows in a task has none): the rebuilt history gives every
   * model of S one row in another task, and the replicate's task comes first.
   */
  static TaskAnalysis replicate(Analysis an, TaskAnalysis t, Unit unit, int[] counts) {
    History h = an.history();
    int cluster = an.taskIndex().clusterOf(t.prototype());
    boolean keep = an.options().includeChemistryRows();
    StringBuilder csv = new StringBuilder("trial,model,task,quality,accuracy,strategy\n");
    Map<Integer, Integer> trialUnit = new HashMap<>();
    int position = 0;
    for (int r = 0; r < h.rows(); r++) {
      if (!keep && h.strategy(r) == Strategy.CHEMISTRY.code()
          || an.taskIndex().clusterOf(h.taskName(h.task(r))) != cluster) {
        continue;
      }
      int u = unit == Unit.ROWS ? position
          : trialUnit.computeIfAbsent(h.trial(r), k -> trialUnit.size());
      position++;
      for (int c = 0; c < counts[u]; c++) {
        csv.append(h.trialName(h.trial(r))).append(',').append(h.modelName(h.model(r)))
            .append(",the task,").append(Double.toString(h.quality(r))).append(',')
            .append(Double.toString(h.accuracy(r))).append(",RANDOM\n");
      }
    }
    for (String m : t.models()) { // S stays S: every model also answers another task
      csv.append("other,").append(m).append(",zz another task,5,0.5,RANDOM\n");
    }
    History oh = HistoryReader.read("replicate.csv", csv.toString(), IngestOptions.defaults())
        .history();
    Analysis oa = Analysis.of(oh, an.options().withTaskClustering(false));
    return oa.tasks().get(0);
  }
}
