package dev.llmchem.engine.grade;

/**
 * Output of one MVLE run. Immutable and thread-safe: the constructor copies the arrays, the
 * array accessors return copies, and {@link #consensus(int)}, {@link #consensusVariance(int)},
 * {@link #variance(int)} and {@link #graded(int)} read one cell.
 *
 * @param consensus per answer, the consensus grade in [0, 10]; NaN for an answer nobody graded
 * @param consensusVariance per answer, 1 / (sum of its reviewers' weights), the variance of
 *     the consensus as an estimate (grade points squared); NaN for an ungraded answer
 * @param variance per reviewer, the mean squared deviation of its grades from the consensus,
 *     at least the floor (grade points squared); NaN for a reviewer who graded nothing
 * @param graded per reviewer, the number of grades it gave
 * @param iterations rounds run (consensus update + variance update), in [1, max]
 * @param converged whether the last round moved no consensus grade by more than the tolerance
 * @param lastChange the largest consensus change in the last round (grade points; NaN after a
 *     single round, where there is nothing to compare, and then {@code converged} is false)
 */
public record MvleResult(double[] consensus, double[] consensusVariance, double[] variance,
    int[] graded, int iterations, boolean converged, double lastChange) {

  /** Copies the arrays. */
  public MvleResult {
    consensus = consensus.clone();
    consensusVariance = consensusVariance.clone();
    variance = variance.clone();
    graded = graded.clone();
  }

  /** Consensus grade of answer {@code i}. */
  public double consensus(int i) {
    return consensus[i];
  }

  /** Variance of the consensus of answer {@code i}. */
  public double consensusVariance(int i) {
    return consensusVariance[i];
  }

  /** Variance of reviewer {@code j}. */
  public double variance(int j) {
    return variance[j];
  }

  /** Grades given by reviewer {@code j}. */
  public int graded(int j) {
    return graded[j];
  }

  /** Per answer, the consensus grade (a copy). */
  @Override
  public double[] consensus() {
    return consensus.clone();
  }

  /** Per answer, the variance of the consensus (a copy). */
  @Override
  public double[] consensusVariance() {
    return consensusVariance.clone();
  }

  /** Per reviewer, its variance (a copy). */
  @Override
  public double[] variance() {
    return variance.clone();
  }

  /** Per reviewer, the grades it gave (a copy). */
  @Override
  public int[] graded() {
    return graded.clone();
  }
}
