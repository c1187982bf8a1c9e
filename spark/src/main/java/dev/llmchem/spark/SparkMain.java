package dev.llmchem.spark;

import dev.llmchem.cli.Main;
import dev.llmchem.cli.RunControl;
import dev.llmchem.cli.Watchdog;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.io.InputException;
import dev.llmchem.engine.io.OutputException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chem-spark}: {@code chem profile|chemistry|recommend} on Apache Spark, for histories
 * beyond one machine. Same options, the same {@code --json} bytes and the same text as
 * {@code chem} ({@link Commands}); Spark's logging on stderr. Errors a user can cause are one
 * line, {@code chem-spark: reason}, exit 1, as is a run stopped by --timeout (Ctrl-C: 130);
 * anything else exit 2 ({@code CHEM_DEBUG=1} prints the trace).
 */
@Command(name = "chem-spark", mixinStandardHelpOptions = true,
    version = "chem-spark 0.1.0 (LLM Chemistry on Apache Spark 4.2)",
    subcommands = {Commands.Profile.class, Commands.Chemistry.class,
        Commands.Recommend.class},
    description = {"LLM Chemistry on Apache Spark: profiles, CHEME and RECOMMEND per task,"
        + " for histories beyond one machine (CSV, JSON Lines or Parquet; a file or a folder"
        + " on any Hadoop file system).",
        "The engine runs inside the executors, one task cluster at a time; task clustering is"
            + " the engine's, exactly (a distributed similarity join, then the greedy pass on"
            + " the driver). --json prints the same bytes as chem."},
    footer = {"", "Examples:",
        "  chem-spark recommend --data runs.csv --json",
        "  chem-spark --help; chem-spark chemistry --help",
        "  chem-spark profile --master local[8] --data hdfs:///lake/runs/ --out hdfs:///out/p",
        "  chem-spark recommend --data runs.parquet --bootstrap 1000 --timeout 10m",
        "  spark-submit --class dev.llmchem.spark.SparkMain chem-spark.jar recommend"
            + " --data s3a://bucket/runs/ --out s3a://bucket/chemistry/",
        "", "Without --json and --out each command prints chem's text. chem's other commands"
            + " (rank, watch, mig, grade, eval, maps) run with chem only."})
public final class SparkMain implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--master", paramLabel = "URL", scope = CommandLine.ScopeType.INHERIT,
      description = "Spark master, before or after the command (default: the one"
          + " spark-submit gives, else local[2]).")
  String master;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "name a command: profile, chemistry or recommend");
  }

  /**
   * How a run that its command cannot stop ends: {@code exit} is called by the CLI's
   * {@link Watchdog} with the exit code once it has printed the line; {@code started} receives
   * each run's watchdog (for the Ctrl-C hook of {@link #main}).
   */
  record Hooks(IntConsumer exit, Consumer<Watchdog> started) {
    /** In-process runs (tests): the watchdog prints its line and nothing exits. */
    static final Hooks IN_PROCESS = new Hooks(code -> { }, w -> { });
  }

  /** This run's hooks (set by {@link #run}). */
  Hooks hooks = Hooks.IN_PROCESS;

  /**
   * Runs the command line and exits, as {@code chem} does on Ctrl-C: a shutdown hook asks the
   * run to stop ({@link RunControl#interrupt}: its jobs are cancelled), waits up to
   * {@link Watchdog#GRACE} for its line and halts with its code (130), else prints the line
   * itself. Past --timeout, a run that does not stop within the grace is halted (exit 1).
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out,
        StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err,
        StandardCharsets.UTF_8), true);
    CountDownLatch done = new CountDownLatch(1);
    int[] result = {2};
    AtomicReference<Watchdog> running = new AtomicReference<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (done.getCount() > 0) {
        Sessions.silence(); // Spark's own hook stops the context meanwhile: no trace of that
        RunControl.interrupt();
      }
      try {
        if (done.await(Watchdog.GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          out.flush();
          err.flush();
          Runtime.getRuntime().halt(result[0]);
        }
        Watchdog w = running.get();
        if (w == null || !w.fire(false)) {
          err.println("chem-spark: interrupted (Ctrl-C)");
        }
        err.flush();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "chem-spark-interrupt"));
    int code = 2;
    try {
      code = run(args, out, err, new Hooks(c -> {
        err.flush();
        Runtime.getRuntime().halt(c);
      }, running::set));
      out.flush();
      err.flush();
    } finally {
      result[0] = code;
      done.countDown();
    }
    System.exit(code);
  }

  /** Runs a command line in-process; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Hooks.IN_PROCESS);
  }

  /** chem's commands that chem-spark does not run, and why (one line each). */
  static final Map<String, String> NOT_ON_SPARK = Map.of(
      "watch", "watch follows one growing file or a stream on one machine, and a Spark job"
          + " reads a history once: use chem watch",
      "grade", "grade turns raw peer grades into the quality and accuracy columns: use chem"
          + " grade, then chem-spark on its output",
      "rank", "rank is not on Spark: use chem rank (one pass over the rows)",
      "mig", "mig is not on Spark: use chem mig (one task's graph)",
      "eval", "eval is not on Spark: use chem eval",
      "maps", "maps is not on Spark: use chem maps");

  /** The command {@code args} name (the first word that is not --master or its value). */
  static String commandOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--master")) {
        i++;
      } else if (!args[i].startsWith("-")) {
        return args[i];
      }
    }
    return null;
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Hooks hooks) {
    String reason = NOT_ON_SPARK.get(String.valueOf(commandOf(args)));
    if (reason != null) {
      err.println("chem-spark: " + reason);
      err.println("Try 'chem-spark --help'.");
      return 1;
    }
    SparkMain main = new SparkMain();
    main.hooks = hooks;
    CommandLine cl = new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, err));
    cl.setParameterExceptionHandler((e, a) -> {
      err.println("chem-spark: " + Main.oneLine(e.getMessage()));
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return 1;
    });
    return cl.execute(args);
  }

  private static int handle(Exception e, PrintWriter err) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof InputException || c instanceof LimitException
          || c instanceof IllegalArgumentException
          || c instanceof UncheckedIOException || c instanceof OutputException
          || c instanceof org.apache.spark.sql.AnalysisException) {
        err.println("chem-spark: " + Main.oneLine(c.getMessage()));
        return 1;
      }
    }
    err.println("chem-spark: internal error: " + Main.oneLine(String.valueOf(e)));
    if ("1".equals(System.getenv("CHEM_DEBUG"))) {
      e.printStackTrace(err);
    }
    return 2;
  }
}
