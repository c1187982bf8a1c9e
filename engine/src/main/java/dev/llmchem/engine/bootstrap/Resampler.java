package dev.llmchem.engine.bootstrap;

import java.util.SplittableRandom;

/**
 * The random draws of a bootstrap, a pure function of (seed, task, replicate): replicate r of
 * task t (its cluster index in the analysis) draws from the (r + 1)-th
 * {@link SplittableRandom#split() split} of the (t + 1)-th split of
 * {@code new SplittableRandom(seed)}. The streams are made on the calling thread before any
 * worker starts, so which thread runs a replicate never changes what it draws, and a task
 * draws the same whether it is analysed alone ({@code --task}) or with the others.
 */
public final class Resampler {
  private Resampler() { }

  /** The generators of replicates 0..b-1 of task {@code task}. */
  public static SplittableRandom[] streams(long seed, int task, int b) {
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom taskRng = null;
    for (int i = 0; i <= task; i++) {
      taskRng = root.split();
    }
    SplittableRandom[] out = new SplittableRandom[b];
    for (int r = 0; r < b; r++) {
      out[r] = taskRng.split();
    }
    return out;
  }

  /**
   * One replicate's multiplicities: {@code units} draws of a unit index, uniform with
   * replacement; {@code counts[u]} = how often unit u was drawn (they sum to {@code units}).
   */
  public static int[] counts(SplittableRandom rng, int units) {
    int[] counts = new int[units];
    for (int i = 0; i < units; i++) {
      counts[rng.nextInt(units)]++;
    }
    return counts;
  }
}
