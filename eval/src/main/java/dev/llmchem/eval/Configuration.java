package dev.llmchem.eval;

import dev.llmchem.engine.history.Strategy;

/**
 * One evaluated configuration: the rows of one (trial, strategy) pair within one task
 * cluster. {@link #rows()} is its row count (what the size groups look at); its members are
 * the distinct (model, quality, accuracy) rows in file order, as the reference's
 * {@code Model(name, q, a, trial)} objects: a model answering two items with different
 * scores is two members. Immutable: the constructor copies the arrays, the array accessors
 * return copies, {@link #model(int)}, {@link #quality(int)} and {@link #accuracy(int)} read
 * one member.
 *
 * @param strategy the strategy that produced the trial
 * @param trial the trial name
 * @param trialId the history's trial id
 * @param rows number of rows (duplicates included)
 * @param models history model id of each member
 * @param quality raw quality (0-10) of each member
 * @param accuracy accuracy (0-1) of each member
 */
public record Configuration(Strategy strategy, String trial, int trialId, int rows, int[] models,
    double[] quality, double[] accuracy) {

  /** Copies the arrays. */
  public Configuration {
    models = models.clone();
    quality = quality.clone();
    accuracy = accuracy.clone();
  }

  /** Number of members (distinct model/quality/accuracy rows). */
  public int size() {
    return models.length;
  }

  /** History model id of member {@code i}. */
  public int model(int i) {
    return models[i];
  }

  /** Raw quality (0-10) of member {@code i}. */
  public double quality(int i) {
    return quality[i];
  }

  /** Accuracy (0-1) of member {@code i}. */
  public double accuracy(int i) {
    return accuracy[i];
  }

  /** History model id of each member (a copy). */
  @Override
  public int[] models() {
    return models.clone();
  }

  /** Raw quality of each member (a copy). */
  @Override
  public double[] quality() {
    return quality.clone();
  }

  /** Accuracy of each member (a copy). */
  @Override
  public double[] accuracy() {
    return accuracy.clone();
  }

  /**
   * The members as points (accuracy, quality) in the given scale: {x[], y[]}.
   */
  public double[][] points(QualityScale scale) {
    double[] y = new double[quality.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = scale.apply(quality[i]);
    }
    return new double[][] {accuracy.clone(), y};
  }

  /** The complementarity index of the members in {@code box}. */
  public double complementarity(QualityScale scale, Box box, double alpha) {
    double[][] p = points(scale);
    return Complementarity.index(p[0], p[1], size(), box, alpha);
  }
}
