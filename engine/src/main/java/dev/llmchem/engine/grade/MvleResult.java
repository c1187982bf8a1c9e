package dev.llmchem.engine.grade;

/**
 * Output of one MVLE run. Arrays are owned by the result; callers must not modify them.
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
}
