package dev.llmchem.engine.bootstrap;

import dev.llmchem.engine.control.ProgressListener;

/**
 * How a bootstrap runs.
 *
 * @param replicates B, the number of resampled histories per task (1 .. {@value #MAX_REPLICATES})
 * @param seed the seed; the answer is a function of (seed, task, replicate) only
 *     ({@link Resampler})
 * @param unit what is resampled (default {@link Unit#TRIALS})
 * @param threads workers over replicates (the engine's meaning: 0 = one per processor, 1 = the
 *     calling thread); the answer is the same for any count
 * @param progress one {@code advance} per replicate; cancellation is polled per replicate
 */
public record BootstrapOptions(int replicates, long seed, Unit unit, int threads,
    ProgressListener progress) {
  /** Largest B accepted. */
  public static final int MAX_REPLICATES = 10_000_000;

  public BootstrapOptions {
    if (replicates < 1 || replicates > MAX_REPLICATES) {
      throw new IllegalArgumentException("the number of bootstrap replicates must be in 1.."
          + MAX_REPLICATES + ", got " + replicates);
    }
    if (unit == null || progress == null) {
      throw new IllegalArgumentException("unit and progress must not be null");
    }
    if (threads < 0 || threads > 1024) {
      throw new IllegalArgumentException("threads must be in 0..1024, got " + threads);
    }
  }

  /** B replicates, seed 0, trials, all processors, no progress. */
  public static BootstrapOptions of(int replicates) {
    return new BootstrapOptions(replicates, 0L, Unit.TRIALS, 0, ProgressListener.NONE);
  }

  public BootstrapOptions withSeed(long s) {
    return new BootstrapOptions(replicates, s, unit, threads, progress);
  }

  public BootstrapOptions withUnit(Unit u) {
    return new BootstrapOptions(replicates, seed, u, threads, progress);
  }

  public BootstrapOptions withThreads(int n) {
    return new BootstrapOptions(replicates, seed, unit, n, progress);
  }

  public BootstrapOptions withProgress(ProgressListener p) {
    return new BootstrapOptions(replicates, seed, unit, threads, p);
  }
}
