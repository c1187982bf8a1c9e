package dev.llmchem.eval;

/**
 * One row of RQ3 (paper Table 3): chemistry's correlation with complementarity (a) and with
 * the RQ3 script's "effectiveness" (b) for one task complexity and size group.
 *
 * @param task the task prototype
 * @param complexity the task's complexity label (low, medium, high, or as given)
 * @param group the size group (RQ3's rule, configurations of one member left out)
 * @param n configurations used
 * @param importance the script's "chemistry importance": the mean over (a) and (b) of |r|,
 *     halved when p &gt;= 0.05
 * @param rComplementarity r of (a); 0 with p = 1 when fewer than 3 configurations or constant
 * @param pComplementarity p of (a)
 * @param rEffectiveness r of (b), same rules
 * @param pEffectiveness p of (b)
 */
public record Rq3Row(String task, String complexity, SizeGroup group, int n, double importance,
    double rComplementarity, double pComplementarity, double rEffectiveness,
    double pEffectiveness) {

  /** The RQ3 script's significance by p alone: *** &lt; 0.001, ** &lt; 0.01, * &lt; 0.05, else "". */
  public static String stars(double p) {
    return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
  }
}
