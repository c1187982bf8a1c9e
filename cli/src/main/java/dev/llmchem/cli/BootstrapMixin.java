package dev.llmchem.cli;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.Bootstrap;
import dev.llmchem.engine.TaskRunner;
import dev.llmchem.engine.bootstrap.BootstrapOptions;
import dev.llmchem.engine.bootstrap.Unit;
import picocli.CommandLine.Option;

/**
 * {@code --bootstrap B [--seed S] [--resample trials|rows]} of chemistry and recommend (a
 * picocli mixin), and of {@code chem-spark}'s (public for it).
 */
public final class BootstrapMixin {
  @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "0",
      converter = Counts.NonNegative.class,
      description = "Also resample each task's trials B times with replacement and report how"
          + " sure each answer is: per pair the bootstrap mean, the 2.5-97.5%% percentile"
          + " interval and P(chem > 0); for recommend how often the same set comes back, each"
          + " model's inclusion rate and the loss distribution (0 = off, the default).")
  int replicates;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the bootstrap draws (default ${DEFAULT-VALUE}); the output is the"
          + " same for a seed whatever --threads is.")
  long seed;

  @Option(names = "--resample", paramLabel = "UNIT", defaultValue = "trials",
      description = "What a bootstrap draw resamples: trials (default: a trial is one"
          + " benchmark run, one configuration of models; all its rows come together) or rows.")
  String resample;

  /** Whether --bootstrap was given. */
  public boolean on() {
    return replicates > 0;
  }

  /** Validates the options (before any work). */
  public void check() {
    if (replicates > BootstrapOptions.MAX_REPLICATES) {
      throw new IllegalArgumentException("--bootstrap must be at most "
          + BootstrapOptions.MAX_REPLICATES + ", got " + replicates);
    }
    Unit.parse(resample);
  }

  /** The options for {@code threads} workers reporting to {@code progress}. */
  public BootstrapOptions options(int threads, dev.llmchem.engine.control.ProgressListener
      progress) {
    return new BootstrapOptions(replicates, seed, Unit.parse(resample), threads, progress);
  }

  /** The engine's bootstrap over {@code an}, or null when off. */
  Bootstrap of(Analysis an) {
    return on() ? Bootstrap.of(an) : null;
  }

  /** The options for one task run under {@code ctx} (its threads and progress). */
  BootstrapOptions options(TaskRunner.Context ctx) {
    return options(ctx.threads(), ctx.progress());
  }
}
