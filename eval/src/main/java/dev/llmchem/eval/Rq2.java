package dev.llmchem.eval;

import dev.llmchem.engine.control.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/**
 * RQ2 (paper Table 2), as the reference's {@code cheme_eval_rq2.py}: for each size group
 * (rows &lt;= 3 including single models, 3 &lt; rows &lt;= 5, rows &gt; 5) the distinct
 * configurations of the four baselines; per configuration its chemistry (mean pair chem) and
 * its complementarity index (1.0 for a single member, as the script sets it); Pearson's r
 * between the two. Fewer than 10 configurations or a constant side leave r undefined.
 */
public final class Rq2 {
  /** The reference prints no correlation below this many configurations. */
  public static final int MIN_CONFIGURATIONS = 10;

  private Rq2() { }

  /** One row per size group N = 3, 5, 10. */
  public static List<Rq2Row> rows(TaskEvaluation te, ProgressListener progress) {
    List<Rq2Row> out = new ArrayList<>();
    for (SizeGroup g : SizeGroup.values()) {
      List<Configuration> cs = te.distinctBaselineConfigurations(g);
      double[] chem = new double[cs.size()];
      double[] ci = new double[cs.size()];
      for (int i = 0; i < chem.length; i++) {
        Configuration c = cs.get(i);
        chem[i] = te.configChemistry().mean(c);
        ci[i] = c.size() < 2 ? 1.0 : te.complementarity(c);
      }
      progress.advance(chem.length);
      Rq2Row.Distribution d = Rq2Row.Distribution.of(chem);
      if (chem.length < MIN_CONFIGURATIONS) {
        out.add(new Rq2Row(te.prototype(), g, chem.length, Double.NaN, Double.NaN,
            "insufficient", d));
        continue;
      }
      Stats.Correlation c = Stats.pearson(chem, ci);
      String note = Double.isNaN(c.r()) || constant(chem) || constant(ci) ? "constant" : null;
      out.add(new Rq2Row(te.prototype(), g, chem.length, note == null ? c.r() : Double.NaN,
          note == null ? c.p() : Double.NaN, note, d));
    }
    return out;
  }

  /** Whether every value equals the first (the reference's {@code len(set(v)) <= 1}). */
  static boolean constant(double[] v) {
    for (double x : v) {
      if (x != v[0]) {
        return false;
      }
    }
    return true;
  }
}
