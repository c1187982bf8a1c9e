package dev.llmchem.eval;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.history.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RQ1 (paper Table 1), as the reference's {@code cheme_eval_rq1.py}: configurations of each
 * strategy with 1 &lt; rows &lt;= 3, 3 &lt; rows &lt;= 5, rows &gt; 5; each configuration's
 * soft-voting effectiveness; CHEMISTRY's mean against the baseline of highest mean (ties: the
 * first of RANDOM, PERFORMANCE, REMOTE, LOCAL); improvement in percent and a two-sample
 * t-test.
 */
public final class Rq1 {
  /** The strategies in the reference's order. */
  static final List<Strategy> ORDER = List.of(Strategy.RANDOM, Strategy.PERFORMANCE,
      Strategy.CHEMISTRY, Strategy.REMOTE, Strategy.LOCAL);

  private Rq1() { }

  /** One row per size group N = 3, 5, 10. */
  public static List<Rq1Row> rows(TaskEvaluation te, ProgressListener progress) {
    List<Rq1Row> out = new ArrayList<>();
    for (SizeGroup g : SizeGroup.values()) {
      Map<Strategy, double[]> values = new LinkedHashMap<>();
      for (Strategy s : ORDER) {
        List<Configuration> cs = te.configurations().of(s, g, SizeGroup.Rule.RQ1);
        double[] v = new double[cs.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = te.voting().effectiveness(cs.get(i).models());
        }
        progress.advance(v.length);
        values.put(s, v);
      }
      out.add(row(te.prototype(), g, values));
    }
    return out;
  }

  /** Table 1's row from the effectiveness values of each strategy. */
  static Rq1Row row(String task, SizeGroup g, Map<Strategy, double[]> values) {
    Map<Strategy, Rq1Row.Summary> summaries = new LinkedHashMap<>();
    values.forEach((s, v) -> summaries.put(s, new Rq1Row.Summary(v.length, Stats.mean(v))));
    double[] chem = values.get(Strategy.CHEMISTRY);
    Strategy best = null;
    double bestMean = Double.NaN;
    for (Strategy s : TaskEvaluation.BASELINES) {
      double[] v = values.get(s);
      if (v.length > 0 && (best == null || Stats.mean(v) > bestMean)) {
        best = s;
        bestMean = Stats.mean(v);
      }
    }
    double chemMean = Stats.mean(chem);
    if (best == null || chem.length == 0) {
      return new Rq1Row(task, g, chemMean, best, bestMean, Double.NaN, Double.NaN, summaries);
    }
    double[] base = values.get(best);
    double improvement = bestMean != 0.0 ? (chemMean - bestMean) / bestMean * 100.0
        : Double.POSITIVE_INFINITY;
    double p = chem.length > 1 && base.length > 1 ? Stats.studentTTest(chem, base) : 1.0;
    return new Rq1Row(task, g, chemMean, best, bestMean, improvement, p, summaries);
  }
}
