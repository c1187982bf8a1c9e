package dev.llmchem.cli;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.io.InputException;
import dev.llmchem.engine.io.OutputException;
import dev.llmchem.engine.io.OutputTarget;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./chem}: entry point. Exit codes: 0 success, 1 bad input or usage (one line on
 * stderr naming the file, line and reason), a size refused up front, or a run stopped by
 * {@code --timeout}, a failed write ("cannot write to standard output: No space left on
 * device") or an output that would overwrite an input; 130 stopped by Ctrl-C; 141 standard
 * output was a pipe closed by its reader (quietly); 2 internal error (set CHEM_DEBUG=1 for
 * the stack trace).
 */
@Command(name = "chem", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {
        "LLM Chemistry: which models work well together, from performance histories.",
        "",
        "A history is a CSV with at least trial, model, task, quality and accuracy columns.",
        "Typical flow: @|bold chem profile|@ (profiles, U, costs) -> @|bold chem chemistry|@"
            + " (pairwise CHEME) -> @|bold chem recommend|@ (the ensemble).",
        "The paper's evaluation: @|bold chem eval|@ (Tables 1-3), @|bold chem maps|@"
            + " (chemistry maps as PNG)."},
    footer = {"", "Also: @|bold chem fixtures --help|@ generates synthetic histories;"
        + " @|bold chem grade|@ turns raw peer grades into the quality and accuracy columns.",
        "Exit codes: 0 ok, 1 bad input or usage, a size refused, --timeout reached or a"
            + " failed write, 130 Ctrl-C, 141 output pipe closed (| head), 2 internal error"
            + " (CHEM_DEBUG=1 shows the trace)."})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * The subcommands' names, in the order {@code --help} lists them. Only the one a run names is
   * built (picocli reads each command's annotations by reflection: building all of them took
   * about a third of a run's start-up).
   */
  static final List<String> SUBCOMMANDS = List.of("rank", "profile", "chemistry", "recommend",
      "watch", "mig", "grade", "eval", "maps", "help");

  /**
   * A new instance of the subcommand {@code name} (one of {@link #SUBCOMMANDS}), else null. A
   * switch, not a table of constructor references: with picocli's Java 5 jar such a table made
   * the JDK 25.0.3 AOT cache assembly crash (a lambda naming a class the cache skipped), and a
   * switch loads nothing it does not build.
   */
  static Object subcommand(String name) {
    return switch (name) {
      case "rank" -> new RankCommand();
      case "profile" -> new ProfileCommand();
      case "chemistry" -> new ChemistryCommand();
      case "recommend" -> new RecommendCommand();
      case "watch" -> new WatchCommand();
      case "mig" -> new MigCommand();
      case "grade" -> new GradeCommand();
      case "eval" -> new EvalCommand();
      case "maps" -> new MapsCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> null;
    };
  }

  /**
   * The command line for {@code args} (models from {@link CommandModel}): with only the
   * subcommand that {@code args[0]} names, none for a lone {@code --version}, or all of them
   * when it names none ({@code --help}, {@code help}, a typo: the listing and picocli's
   * suggestions need them all). Parsing is the same either way.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(CommandModel.of(new Main()));
    Object only = args.length > 0 && !"help".equals(args[0]) ? subcommand(args[0]) : null;
    if (only != null) {
      cl.addSubcommand(args[0], CommandModel.of(only));
    } else if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
      return cl; // the version needs no subcommand (building them all took ~0.1 s)
    } else {
      for (String name : SUBCOMMANDS) {
        cl.addSubcommand(name, CommandModel.of(subcommand(name))); // help: its annotations
      }
    }
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }

  /**
   * Runs the CLI and exits. Ctrl-C (SIGINT) starts the JVM's shutdown: a hook asks the running
   * command to stop ({@link RunControl#interrupt}); the kernels notice within a block of work,
   * the command prints its one-line message and the JVM exits with 130. A command that had
   * already completed its output (the rename of a file is the last step) exits with its own
   * code, 0: the exit code tells whether the output was written. Should the command not
   * finish within {@link Watchdog#GRACE} (work that does not poll, such as an open blocked on a
   * FIFO), the hook prints the command's line itself and lets the JVM exit. A run past its
   * --timeout that does not stop within the grace is ended by its {@link Watchdog}: the line,
   * then {@link Runtime#halt} with exit code 1 (the blocked thread cannot be released, and
   * halting skips the Ctrl-C hook).
   */
  public static void main(String[] args) {
    CountDownLatch done = new CountDownLatch(1);
    int[] result = {2};
    AtomicReference<Watchdog> running = new AtomicReference<>();
    VectorHandoff.enabled = true; // this process owns its standard streams
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (done.getCount() > 0) {
        RunControl.interrupt(); // Ctrl-C (or SIGTERM) while the command runs
      }
      VectorHandoff.stopChild(); // a run handed to a second JVM: it prints the line
      try {
        if (done.await(Watchdog.GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          // The command has finished: its code tells what happened to the output (0 once a
          // file was renamed into place, 130 when it stopped first). The JVM would exit with
          // 130 after a SIGINT however close to the end it came, also when it overtook
          // System.exit(0), so the code is set here.
          System.err.flush();
          Runtime.getRuntime().halt(result[0]);
        }
        Watchdog w = running.get();
        if (w == null) {
          System.err.println("chem: interrupted (Ctrl-C)");
        } else {
          w.fire(false); // the JVM then exits with 130
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "chem-interrupt"));
    int code = 2;
    try {
      code = execute(args, new FileOutputStream(FileDescriptor.out),
          new PrintWriter(System.err, true), new Hooks(Main::halt, Watchdog.GRACE, running::set));
    } catch (OutOfMemoryError e) {
      // sizes are refused up front (LimitException); this is the last line of defence
      System.err.println("chem: internal error: out of memory (max heap "
          + LimitException.human(Runtime.getRuntime().maxMemory()) + "); raise the heap, e.g."
          + " JAVA_OPTS=-Xmx8g, and please report it: the size should have been refused up front");
      code = 2;
    } finally {
      result[0] = code;
      done.countDown();
    }
    System.exit(code);
  }

  /** Ends the process from the watchdog: stdout is not flushed (it may be what blocks). */
  private static void halt(int code) {
    System.err.flush();
    Runtime.getRuntime().halt(code);
  }

  /**
   * How a run that its command cannot stop ends.
   *
   * @param exit called by the {@link Watchdog} with the exit code once it has printed the line
   *     (the process halts in {@link #main}; in-process runs must not exit)
   * @param grace how long a command may take to stop on its own past its deadline
   * @param started receives the watchdog of each run (for the Ctrl-C hook of {@link #main})
   */
  record Hooks(IntConsumer exit, Duration grace, Consumer<Watchdog> started) {
    /** In-process runs: the watchdog prints its line and nothing exits. */
    static final Hooks IN_PROCESS = new Hooks(code -> { }, Watchdog.GRACE, w -> { });
  }

  /**
   * Exit code of a run whose standard output was a pipe that its reader closed
   * ({@code chem ... | head -1}): 128 + SIGPIPE, as a shell reports a producer killed by
   * SIGPIPE (what {@code cat} or {@code grep} would give); nothing is printed.
   */
  static final int EXIT_BROKEN_PIPE = 141;

  /**
   * Runs the CLI with standard output on {@code stdout} (every write checked: a failure is one
   * line and exit 1, a closed pipe exit {@value #EXIT_BROKEN_PIPE} without a word); returns
   * the exit code.
   */
  public static int execute(String[] args, OutputStream stdout, PrintWriter err) {
    return execute(args, stdout, err, Hooks.IN_PROCESS);
  }

  static int execute(String[] args, OutputStream stdout, PrintWriter err, Hooks hooks) {
    OutputTarget target = OutputTarget.stdout(stdout);
    return execute(args, new OutputStreamWriter(target.stream(), Charset.defaultCharset()),
        err, target::failure, hooks);
  }

  /**
   * Runs the CLI with the given streams; returns the exit code (tests call this). A
   * PrintWriter hides why a write failed: its error ends the run as "cannot write to standard
   * output: write error".
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, Hooks.IN_PROCESS);
  }

  /**
   * As above with the given hooks. Once the watchdog has ended the run, the command's own
   * outcome (it may still return, e.g. when a test releases the FIFO it was blocked on) is not
   * reported and the watchdog's exit code is returned.
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err, Hooks hooks) {
    OutputException[] failed = {null};
    return execute(args, out, err, () -> {
      if (failed[0] == null && out.checkError()) {
        failed[0] = new OutputException("standard output", new IOException("write error"));
      }
      return failed[0];
    }, hooks);
  }

  private static int execute(String[] args, Writer stdout, PrintWriter err,
      Supplier<OutputException> stdoutFailure, Hooks hooks) {
    AtomicReference<Watchdog> watchdog = new AtomicReference<>();
    WrittenOutput written = new WrittenOutput(new BufferedWriter(stdout));
    PrintWriter out = new PrintWriter(written, true);
    CommandLine cl = commandLine(args);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.nio.file.Path.class, new Counts.FileName());
    // help and version text go to stdout too: a failed write there is handled like any other
    // (picocli would print the trace of an exception that escapes its help printing)
    cl.setExecutionStrategy(parsed -> {
      CommandLine.ParseResult leaf = parsed;
      while (leaf.hasSubcommand()) {
        leaf = leaf.subcommand();
      }
      RunControl control = control(leaf.commandSpec());
      Watchdog w = control == null ? null : new Watchdog(leaf.commandSpec().name(), control,
          err, written::any, hooks.exit(), hooks.grace());
      if (w != null) {
        watchdog.set(w);
        hooks.started().accept(w);
        w.arm();
      }
      try {
        return new CommandLine.RunLast().execute(parsed);
      } catch (OutputException e) {
        throw new CommandLine.ExecutionException(cl, e.getMessage(), e);
      } finally {
        if (w != null) {
          w.disarm();
        }
      }
    });
    boolean[] reported = {false};
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      Watchdog w = watchdog.get();
      if (w != null && w.fired()) {
        return w.exitCode(); // the watchdog reported the run
      }
      OutputException o = outputFailure(e);
      if (o != null) {
        reported[0] = true;
        return report(o, err);
      }
      if (e instanceof CancelledException c) {
        RunControl control = control(cmd.getCommandSpec());
        if (control != null) {
          err.println("chem: "
              + oneLine(control.message(cmd.getCommandName(), c, written.any())));
          return control.exitCode();
        }
      }
      return handle(e, err);
    });
    cl.setParameterExceptionHandler((e, a) -> {
      err.println("chem: " + oneLine(e.getMessage()));
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return 1;
    });
    int code = 2;
    try {
      code = cl.execute(args);
      Watchdog w = watchdog.get();
      if (w != null && w.fired()) {
        return w.exitCode();
      }
      out.flush();
      OutputException late = stdoutFailure.get();
      if (late != null) {
        throw late;
      }
    } catch (OutputException e) {
      code = reported[0] ? code : report(e, err);
    }
    return code;
  }

  /** The output failure behind {@code e} (a cause or suppressed exception), or null. */
  static OutputException outputFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutputException o) {
        return o;
      }
      for (Throwable s : t.getSuppressed()) {
        if (s instanceof OutputException o) {
          return o;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * One line naming the target and the reason, exit 1; a closed pipe ends quietly with
   * {@value #EXIT_BROKEN_PIPE}.
   */
  static int report(OutputException o, PrintWriter err) {
    if (o.brokenPipe()) {
      return EXIT_BROKEN_PIPE;
    }
    err.println("chem: " + oneLine(o.getMessage()));
    return 1;
  }

  /** The run control of a command: the one of its (possibly nested) {@link RunOptions}. */
  static RunControl control(CommandLine.Model.CommandSpec spec) {
    if (spec.userObject() instanceof RunOptions r) {
      return r.control;
    }
    for (CommandLine.Model.CommandSpec m : spec.mixins().values()) {
      RunControl c = control(m);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * The message on one line: line breaks and other control characters (an argument or a task
   * name may hold them) are escaped as \n, \r, \t or \\uXXXX.
   */
  public static String oneLine(String message) {
    String m = String.valueOf(message);
    StringBuilder b = new StringBuilder(m.length());
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static int handle(Exception e, PrintWriter err) {
    if (e instanceof LimitException l) {
      err.println("chem: " + oneLine(LimitAdvice.message(l)));
      return 1;
    }
    if (e instanceof InputException i) {
      err.println("chem: " + oneLine(LimitAdvice.message(i)));
      return 1;
    }
    if (e instanceof IllegalArgumentException || e instanceof CancelledException) {
      err.println("chem: " + oneLine(e.getMessage()));
      return 1;
    }
    err.println("chem: internal error: " + e);
    if (System.getenv("CHEM_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set CHEM_DEBUG=1 for the stack trace; please report it)");
    }
    return 2;
  }
}
