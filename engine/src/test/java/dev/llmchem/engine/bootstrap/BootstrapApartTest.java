package dev.llmchem.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.Bootstrap;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.HistoryBuilder;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.profile.Aggregate;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.testutil.Seeds;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: the bootstrap of a task whose rows are held apart from its analysis (a history
 * of the task's analysed rows alone, as a distributed runner holds them on an executor, and
 * its cluster index: {@link Bootstrap#run(TaskAnalysis, int, TaskSample, AnalysisOptions,
 * Chemistry, BootstrapOptions, RecommendOptions, double, boolean)}) equals the bootstrap of the
 * task in its analysis, for every aggregation and unit, on random histories.
 */
class BootstrapApartTest {
  @Test
  void aTaskApartBootstrapsAsInItsAnalysis() {
    long seed = Seeds.seed("aTaskApartBootstrapsAsInItsAnalysis");
    Random rnd = new Random(seed);
    int checked = 0;
    for (int round = 0; round < 8; round++) {
      String csv = RandomHistories.csv(rnd, 1 + rnd.nextInt(3), 5 + rnd.nextInt(20),
          3 + rnd.nextInt(5));
      for (Aggregate agg : Aggregate.values()) {
        AnalysisOptions options = AnalysisOptions.defaults().withAggregate(agg)
            .withChemistryRows(rnd.nextBoolean());
        Analysis an = Analysis.of(HistoryReader.read("h.csv", csv, IngestOptions.defaults())
            .history(), options);
        Bootstrap bs = Bootstrap.of(an);
        for (Unit unit : Unit.values()) {
          BootstrapOptions o = BootstrapOptions.of(12).withSeed(rnd.nextLong()).withUnit(unit)
              .withThreads(1 + rnd.nextInt(2));
          double tau = rnd.nextBoolean() ? 0 : 0.2;
          for (int c = 0; c < an.tasks().size(); c++) {
            TaskAnalysis t = an.tasks().get(c);
            Chemistry point = t.chemistry(ChemeOptions.defaults());
            RecommendOptions ro = rnd.nextBoolean() ? null : RecommendOptions.defaults();
            TaskBootstrap inAnalysis = bs.run(t, point, o, ro, tau, tau > 0);
            TaskBootstrap apart = Bootstrap.run(t, c, apart(an, c, unit), options, point, o, ro,
                tau, tau > 0);
            assertThat(apart).as("seed %d round %d %s %s task %d", seed, round, agg, unit, c)
                .isEqualTo(inAnalysis);
            checked++;
          }
        }
      }
    }
    System.out.println("aTaskApartBootstrapsAsInItsAnalysis: " + checked + " tasks");
  }

  /** Task {@code c}'s analysed rows, in file order, as a history of their own. */
  private static TaskSample apart(Analysis an, int c, Unit unit) {
    History h = an.history();
    boolean keepChem = an.options().includeChemistryRows();
    HistoryBuilder b = new HistoryBuilder("task " + c, false);
    String[] taskNames = h.taskNames();
    String[] modelNames = h.modelNames();
    double[] nums = new double[7];
    Arrays.fill(nums, Double.NaN);
    for (int r = 0; r < h.rows(); r++) {
      if (an.taskIndex().clusterOf(taskNames[h.task(r)]) != c
          || (!keepChem && h.strategy(r) == Strategy.CHEMISTRY.code())) {
        continue;
      }
      nums[0] = h.quality(r);
      nums[1] = h.accuracy(r);
      b.add(modelNames[h.model(r)], taskNames[h.task(r)], h.trialName(h.trial(r)), null,
          h.strategy(r), nums, h.line(r), null);
    }
    History mine = b.build();
    String[] s = an.tasks().get(c).models();
    String[] models = mine.modelNames();
    int[] sIndex = new int[models.length];
    for (int m = 0; m < models.length; m++) {
      sIndex[m] = Arrays.binarySearch(s, models[m]);
    }
    int[] rows = new int[mine.rows()];
    Arrays.setAll(rows, i -> i);
    return new TaskSample(mine, rows, sIndex, s.length, unit, an.options().aggregate());
  }
}
