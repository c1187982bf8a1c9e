package dev.llmchem.eval;

import dev.llmchem.engine.control.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/**
 * RQ3 (paper Table 3), as the reference's {@code cheme_eval_rq3.py}: RQ2's configurations
 * minus those of a single member; per configuration its chemistry, its complementarity index
 * (0 if not finite) and the script's own "effectiveness", the share of members with accuracy
 * &gt; 0.7 (not the soft voting of RQ1). Correlations are "safe": fewer than 3 values, a
 * constant side or a non-finite result give r = 0, p = 1.
 */
public final class Rq3 {
  /** The RQ3 script's accuracy bar for a member to count as effective. */
  public static final double EFFECTIVE_ACCURACY = 0.7;

  private Rq3() { }

  /** One row per size group N = 3, 5, 10. */
  public static List<Rq3Row> rows(TaskEvaluation te, ProgressListener progress) {
    List<Rq3Row> out = new ArrayList<>();
    String complexity = te.options().complexityOf(te.prototype());
    for (SizeGroup g : SizeGroup.values()) {
      List<Configuration> cs = te.distinctBaselineConfigurations(g).stream()
          .filter(c -> c.size() >= 2).toList();
      double[] chem = new double[cs.size()];
      double[] ci = new double[cs.size()];
      double[] eff = new double[cs.size()];
      for (int i = 0; i < chem.length; i++) {
        Configuration c = cs.get(i);
        chem[i] = te.configChemistry().mean(c);
        double v = te.complementarity(c);
        ci[i] = Double.isFinite(v) ? v : 0.0;
        eff[i] = effectiveShare(c);
      }
      progress.advance(chem.length);
      double[] a = safePearson(chem, ci);
      double[] b = safePearson(chem, eff);
      double importance = chem.length < 3 ? 0.0 : (importance(a) + importance(b)) / 2;
      out.add(new Rq3Row(te.prototype(), complexity, g, chem.length, importance, a[0], a[1],
          b[0], b[1]));
    }
    return out;
  }

  /** Share of members with accuracy &gt; 0.7. */
  static double effectiveShare(Configuration c) {
    int m = 0;
    for (int i = 0; i < c.size(); i++) {
      if (c.accuracy(i) > EFFECTIVE_ACCURACY) {
        m++;
      }
    }
    return c.size() == 0 ? 0.0 : (double) m / c.size();
  }

  /** {r, p}, or {0, 1} when undefined. */
  static double[] safePearson(double[] x, double[] y) {
    if (x.length < 3 || Rq2.constant(x) || Rq2.constant(y)) {
      return new double[] {0.0, 1.0};
    }
    Stats.Correlation c = Stats.pearson(x, y);
    if (!Double.isFinite(c.r()) || !Double.isFinite(c.p())) {
      return new double[] {0.0, 1.0};
    }
    return new double[] {c.r(), c.p()};
  }

  /** |r| when p &lt; 0.05, else |r| / 2. */
  static double importance(double[] rp) {
    return rp[1] < 0.05 ? Math.abs(rp[0]) : Math.abs(rp[0]) * 0.5;
  }
}
