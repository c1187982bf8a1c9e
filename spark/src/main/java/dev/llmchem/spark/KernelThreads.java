package dev.llmchem.spark;

import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.control.ProgressListener;
import picocli.CommandLine.Option;

/**
 * {@code --threads} of {@code chem-spark chemistry|recommend} (a picocli mixin): Spark runs the
 * tasks in parallel, so the option sets the kernels' threads inside each Spark task (CHEME,
 * exact RECOMMEND, the bootstrap's replicates). The answer is the same for any N.
 */
final class KernelThreads {
  @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
      description = "Kernel threads in each Spark task (0 = the task's cores, spark.task.cpus;"
          + " the answer is the same for any N). Default ${DEFAULT-VALUE}.")
  int threads;

  /** N, checked as {@code chem} checks it (its message), before Spark starts. */
  int checked() {
    new ChemeOptions(ChemeOptions.Method.AUTO, threads, ProgressListener.NONE);
    return threads;
  }
}
