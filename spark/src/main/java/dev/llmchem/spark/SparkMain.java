package dev.llmchem.spark;

import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.io.InputException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chem-spark}: {@code chem profile|chemistry|recommend} on Apache Spark, for histories
 * beyond one machine. Same options and the same {@code --json} bytes as {@code chem}; Spark's
 * logging on stderr. Errors a user can cause are one line, {@code chem-spark: reason}, exit
 * 1; anything else exit 2 ({@code CHEM_DEBUG=1} prints the trace).
 */
@Command(name = "chem-spark", mixinStandardHelpOptions = true,
    version = "chem-spark 0.1.0 (LLM Chemistry on Apache Spark 4.2)",
    subcommands = {SparkMain.Profile.class, SparkMain.Chemistry.class,
        SparkMain.Recommend.class},
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
        "  spark-submit --class dev.llmchem.spark.SparkMain chem-spark.jar recommend"
            + " --data s3a://bucket/runs/ --out s3a://bucket/chemistry/"})
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

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out,
        StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err,
        StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs a command line; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SparkMain()).setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, err));
    cl.setParameterExceptionHandler((e, a) -> {
      err.println("chem-spark: " + oneLine(e.getMessage()));
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return 1;
    });
    return cl.execute(args);
  }

  private static int handle(Exception e, PrintWriter err) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof InputException || c instanceof LimitException
          || c instanceof IllegalArgumentException || c instanceof UncheckedIOException
          || c instanceof org.apache.spark.sql.AnalysisException) {
        err.println("chem-spark: " + oneLine(c.getMessage()));
        return 1;
      }
    }
    err.println("chem-spark: internal error: " + oneLine(String.valueOf(e)));
    if ("1".equals(System.getenv("CHEM_DEBUG"))) {
      e.printStackTrace(err);
    }
    return 2;
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  /** What the subcommands share: the runner's options, the master, the command's streams. */
  abstract static class Subcommand implements Callable<Integer> {
    @Mixin
    RunnerOptions options;

    @CommandLine.ParentCommand
    SparkMain parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs {@code work} on Spark with the parent's --master. */
    int run(TaskWork work) throws Exception {
      options.master = parent.master;
      SparkRunner.run(options, work, spec.commandLine().getOut(), spec.commandLine().getErr());
      return 0;
    }
  }

  /** {@code chem-spark profile}. */
  @Command(name = "profile", mixinStandardHelpOptions = true,
      description = "Per task cluster: profiles, U in rank order with penalties, cost(S) and"
          + " the MIG node count (chem profile).")
  static final class Profile extends Subcommand {
    @Override
    public Integer call() throws Exception {
      return run(TaskWork.profile());
    }
  }

  /** {@code chem-spark chemistry}. */
  @Command(name = "chemistry", mixinStandardHelpOptions = true,
      description = "Pairwise chemistry by CHEME per task, and LLMCP's stable partition with"
          + " --tau (chem chemistry).")
  static final class Chemistry extends Subcommand {
    @Option(names = "--tau", defaultValue = "0", paramLabel = "TAU",
        description = "LLMCP threshold: keep pairs with chem > TAU. Default ${DEFAULT-VALUE}.")
    double tau;

    @Option(names = "--inclusive", description = "Keep pairs with chem >= TAU.")
    boolean inclusive;

    @Option(names = "--method", defaultValue = "auto", paramLabel = "M",
        description = "auto, dense, naive or exact-eq1 (as chem chemistry).")
    String method;

    @Option(names = "--witness", description = "With each pair, its witness X (exact-eq1).")
    boolean witness;

    @Override
    public Integer call() throws Exception {
      if (tau < 0 || tau > 1 || Double.isNaN(tau)) {
        throw new IllegalArgumentException("--tau must be in [0, 1], got " + tau);
      }
      ChemeOptions.Method m = ChemeOptions.Method.parse(method);
      if (witness && m != ChemeOptions.Method.AUTO && m != ChemeOptions.Method.EXACT_EQ1) {
        throw new IllegalArgumentException("--witness needs --method exact-eq1 (or auto), not "
            + m.label());
      }
      TaskWork w = new TaskWork(TaskWork.Command.CHEMISTRY, m, tau, inclusive, witness,
          RecommendOptions.Method.REFERENCE, 0, TaskWork.profile().params());
      return run(w);
    }
  }

  /** {@code chem-spark recommend}. */
  @Command(name = "recommend", mixinStandardHelpOptions = true,
      description = "The ensemble to use per task: CHEME, then RECOMMEND (chem recommend).")
  static final class Recommend extends Subcommand {
    @Option(names = "--method", defaultValue = "reference", paramLabel = "M",
        description = "reference (default) or exact.")
    RecommendOptions.Method method;

    @Option(names = "--size", defaultValue = "0", paramLabel = "N",
        description = "Exactly N models (0 = any size >= --min-size).")
    int size;

    @Option(names = "--alpha", defaultValue = "0.5", description = "Weight of the inter-group"
        + " term (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--beta", defaultValue = "0.5", description = "Size penalty per model"
        + " (default ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--iters", defaultValue = "10", description = "Hill-climbing moves per"
        + " start (default ${DEFAULT-VALUE}).")
    int iters;

    @Option(names = "--min-size", defaultValue = "2", paramLabel = "K",
        description = "Smallest ensemble considered (default ${DEFAULT-VALUE}).")
    int minSize;

    @Override
    public Integer call() throws Exception {
      if (size < 0 || iters < 0 || minSize < 1) {
        throw new IllegalArgumentException("--size and --iters must be >= 0, --min-size >= 1");
      }
      TaskWork w = new TaskWork(TaskWork.Command.RECOMMEND, ChemeOptions.Method.AUTO, 0, false,
          false, method, size, new TaskWork.Params(alpha, beta, iters, minSize));
      w.recommendOptions(1); // the engine checks the parameters before Spark starts
      return run(w);
    }
  }
}
