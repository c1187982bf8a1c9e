package dev.llmchem.eval;

/**
 * How a member's quality enters the complementarity index. The reference passes the raw 0-10
 * quality (its hypervolume clips it to 1, its Rao's Q measures distances on it and saturates);
 * the paper's intent, quality/10 in [0,1]^2, is the option.
 */
public enum QualityScale {
  /** Raw quality as in the history (the reference; Tables 2-3 reproduce with it). */
  RAW(1.0),
  /** quality / 10, so both axes lie in [0, 1]. */
  NORMALISED(10.0);

  private final double divisor;

  QualityScale(double divisor) {
    this.divisor = divisor;
  }

  /** The quality value in this scale. */
  public double apply(double quality) {
    return quality / divisor;
  }
}
