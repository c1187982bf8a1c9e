package dev.llmchem.spark;

import dev.llmchem.cli.BootstrapMixin;
import dev.llmchem.cli.ChemistryOptions;
import dev.llmchem.cli.FallbackMixin;
import dev.llmchem.cli.LossOptions;
import dev.llmchem.cli.Main;
import dev.llmchem.cli.RunControl;
import dev.llmchem.cli.Watchdog;
import dev.llmchem.cli.WrittenOutput;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.interaction.InteractionIndex;
import dev.llmchem.engine.bootstrap.BootstrapOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The subcommands of {@code chem-spark}: {@code chem}'s profile, chemistry and recommend with
 * {@code chem}'s options. The ones {@code chem} declares as mixins ({@link LossOptions},
 * {@link FallbackMixin}, {@link BootstrapMixin}, --timeout) and chemistry's own
 * ({@link ChemistryOptions}) are the CLI's classes, with {@code chem}'s checks and messages
 * (and the engine's option records'), made on the driver before Spark starts; --threads means
 * the kernel threads in each Spark task ({@link KernelThreads}).
 */
final class Commands {
  private Commands() { }

  /** What the subcommands share: the runner's options, the master, the run and its stop. */
  abstract static class Subcommand implements Callable<Integer> {
    @Mixin
    RunnerOptions options;

    @CommandLine.ParentCommand
    SparkMain parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** chem's text on stdout: neither --json nor --out. */
    boolean text() {
      return !options.json && options.out == null;
    }

    /**
     * Runs {@code work} on Spark with the parent's --master. A run stopped by --timeout or
     * Ctrl-C ends with chem's line and exit code; one that does not stop within the grace is
     * ended by the CLI's {@link Watchdog}.
     */
    int run(TaskWork work) throws Exception {
      options.master = parent.master;
      PrintWriter err = spec.commandLine().getErr();
      WrittenOutput written = new WrittenOutput(spec.commandLine().getOut());
      PrintWriter out = new PrintWriter(written, false);
      RunControl control = options.run.control();
      Watchdog dog = new Watchdog("chem-spark", spec.name(), control, err, written::any,
          parent.hooks.exit(), Watchdog.GRACE);
      parent.hooks.started().accept(dog);
      dog.arm();
      try {
        SparkRunner.run(options, work, out, err);
        out.flush();
        return 0;
      } catch (CancelledException e) {
        if (dog.fired()) {
          return dog.exitCode();
        }
        out.flush();
        err.println("chem-spark: " + Main.oneLine(control.message(spec.name(), e,
            written.any())));
        return control.exitCode();
      } catch (Exception | Error e) {
        if (dog.fired()) {
          return dog.exitCode();
        }
        throw e;
      } finally {
        dog.disarm();
      }
    }
  }

  /** {@code chem-spark profile}. */
  @Command(name = "profile", mixinStandardHelpOptions = true,
      description = "Per task cluster: profiles, U in rank order with penalties, cost(S) and"
          + " the MIG node count (chem profile).")
  static final class Profile extends Subcommand {
    @Override
    public Integer call() throws Exception {
      return run(TaskWork.profile(text()));
    }
  }

  /** {@code chem-spark chemistry}. */
  @Command(name = "chemistry", mixinStandardHelpOptions = true,
      description = "Pairwise chemistry by CHEME per task, and LLMCP's stable partition with"
          + " --tau; or an interaction index (chem chemistry).")
  static final class Chemistry extends Subcommand {
    @Mixin
    ChemistryOptions chem;

    @Mixin
    KernelThreads threads;

    @Mixin
    BootstrapMixin boot;

    @Override
    public Integer call() throws Exception {
      InteractionIndex game = chem.check(boot);
      TaskWork w = new TaskWork(TaskWork.Command.CHEMISTRY, text(), threads.checked(),
          new TaskWork.Cheme(chem.method(), game == null ? "cheme" : game.label(), chem.tau(),
              chem.inclusive(), chem.witness(), chem.top()), null, boot(boot));
      return run(w);
    }
  }

  /** {@code chem-spark recommend}. */
  @Command(name = "recommend", mixinStandardHelpOptions = true,
      description = "The ensemble to use per task: CHEME, then RECOMMEND (chem recommend).")
  static final class Recommend extends Subcommand {
    @Mixin
    LossOptions loss;

    @Mixin
    FallbackMixin fallback;

    @Mixin
    KernelThreads threads;

    @Option(names = "--explain", description = "Say why (as chem recommend --explain).")
    boolean explain;

    @Mixin
    BootstrapMixin boot;

    @Override
    public Integer call() throws Exception {
      TaskWork.Recommend r = TaskWork.Recommend.of(loss.method(), loss.size(),
          loss.params(fallback.policy()), explain);
      boot.check();
      int n = threads.checked();
      r.options(n, ProgressListener.NONE); // the engine checks them before Spark starts
      return run(new TaskWork(TaskWork.Command.RECOMMEND, text(), n, null, r, boot(boot)));
    }
  }

  /** --bootstrap's options for the executors, or null when off. */
  static TaskWork.Boot boot(BootstrapMixin boot) {
    if (!boot.on()) {
      return null;
    }
    BootstrapOptions o = boot.options(1, ProgressListener.NONE);
    return new TaskWork.Boot(o.replicates(), o.seed(), o.unit());
  }
}
