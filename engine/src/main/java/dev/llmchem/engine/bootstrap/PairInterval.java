package dev.llmchem.engine.bootstrap;

/**
 * One pair's chemistry under the bootstrap. A replicate in which the pair has no CHEME entry
 * (for instance because one of the two models was in no drawn trial) counts as chem = 0, as
 * RECOMMEND counts it.
 *
 * @param a first model (a &lt; b by name)
 * @param b second model
 * @param chem the point value (the analysis of the whole history)
 * @param values the distribution over the replicates: mean, 2.5 / 50 / 97.5 percentiles
 *     ({@link Summary}), min, max
 * @param positive P(chem &gt; 0): the share of replicates with chem &gt; 0
 * @param present the share of replicates in which the pair has an entry
 */
public record PairInterval(String a, String b, double chem, Summary values, double positive,
    double present) {

  /**
   * Below this a chem value is rounding residue, not chemistry: CHEME's differences of costs
   * leave values of about 1e-17 where the exact value is 0.
   */
  public static final double NOISE = 1e-12;

  /**
   * Whether the 95% interval excludes 0: its 2.5 percentile is above rounding residue
   * ({@link #NOISE}), so at least 97.5% of replicates show the pair's chemistry.
   */
  public boolean solid() {
    return values.lo() > NOISE;
  }
}
