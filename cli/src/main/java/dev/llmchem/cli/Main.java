package dev.llmchem.cli;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.io.InputException;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./chem}: entry point. Exit codes: 0 success, 1 bad input or usage (one line on
 * stderr naming the file, line and reason), a size refused up front, or a run stopped by
 * {@code --timeout}; 130 stopped by Ctrl-C; 2 internal error (set CHEM_DEBUG=1 for the
 * stack trace).
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
    subcommands = {RankCommand.class, ProfileCommand.class, ChemistryCommand.class,
        RecommendCommand.class, MigCommand.class, GradeCommand.class, EvalCommand.class,
        MapsCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Also: @|bold chem fixtures --help|@ generates synthetic histories;"
        + " @|bold chem grade|@ turns raw peer grades into the quality and accuracy columns.",
        "Exit codes: 0 ok, 1 bad input or usage, a size refused or --timeout reached, 130"
            + " Ctrl-C, 2 internal error (CHEM_DEBUG=1 shows the trace)."})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }

  /**
   * Runs the CLI and exits. Ctrl-C (SIGINT) starts the JVM's shutdown: a hook asks the running
   * command to stop ({@link RunControl#interrupt}); the kernels notice within a block of work,
   * the command prints its one-line message and the JVM exits with 130. Should the command not
   * finish within {@link Watchdog#GRACE} (work that does not poll, such as an open blocked on a
   * FIFO), the hook prints the command's line itself and lets the JVM exit. A run past its
   * --timeout that does not stop within the grace is ended by its {@link Watchdog}: the line,
   * then {@link Runtime#halt} with exit code 1 (the blocked thread cannot be released, and
   * halting skips the Ctrl-C hook).
   */
  public static void main(String[] args) {
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<Watchdog> running = new AtomicReference<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (done.getCount() == 0) {
        return; // a normal exit
      }
      RunControl.interrupt();
      try {
        if (!done.await(Watchdog.GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          Watchdog w = running.get();
          if (w == null) {
            System.err.println("chem: interrupted (Ctrl-C)");
          } else {
            w.fire(false); // the JVM then exits with 130
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "chem-interrupt"));
    int code;
    try {
      code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
          new Hooks(Main::halt, Watchdog.GRACE, running::set));
    } catch (OutOfMemoryError e) {
      // sizes are refused up front (LimitException); this is the last line of defence
      System.err.println("chem: internal error: out of memory (max heap "
          + LimitException.human(Runtime.getRuntime().maxMemory()) + "); raise the heap, e.g."
          + " JAVA_OPTS=-Xmx8g, and please report it: the size should have been refused up front");
      code = 2;
    } finally {
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
   * Runs the CLI with the given streams; returns the exit code (tests call this). A run past
   * its --timeout that does not stop prints its line from the watchdog but keeps this call
   * waiting until the command returns (see {@link #execute(String[], PrintWriter, PrintWriter,
   * Hooks)}).
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, Hooks.IN_PROCESS);
  }

  /**
   * Runs the CLI with the given streams and hooks; returns the exit code. Once the watchdog has
   * ended the run, the command's own outcome (it may still return, e.g. when a test releases
   * the FIFO it was blocked on) is not reported and the watchdog's exit code is returned.
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err, Hooks hooks) {
    Written written = new Written(out);
    AtomicReference<Watchdog> watchdog = new AtomicReference<>();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(written, true));
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionStrategy(parsed -> {
      CommandLine.ParseResult leaf = parsed;
      while (leaf.hasSubcommand()) {
        leaf = leaf.subcommand();
      }
      RunControl control = control(leaf.commandSpec());
      if (control == null) {
        return new CommandLine.RunLast().execute(parsed);
      }
      Watchdog w = new Watchdog(leaf.commandSpec().name(), control, err, () -> written.any,
          hooks.exit(), hooks.grace());
      watchdog.set(w);
      hooks.started().accept(w);
      w.arm();
      try {
        return new CommandLine.RunLast().execute(parsed);
      } finally {
        w.disarm();
      }
    });
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      Watchdog w = watchdog.get();
      if (w != null && w.fired()) {
        return w.exitCode(); // the watchdog reported the run
      }
      if (e instanceof CancelledException c) {
        RunControl control = control(cmd.getCommandSpec());
        if (control != null) {
          err.println("chem: "
              + oneLine(control.message(cmd.getCommandName(), c, written.any)));
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
    int code = cl.execute(args);
    Watchdog w = watchdog.get();
    if (w != null && w.fired()) {
      code = w.exitCode();
    }
    out.flush();
    return code;
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
  static String oneLine(String message) {
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

  /** Passes output through and remembers whether any was written. */
  private static final class Written extends FilterWriter {
    volatile boolean any;

    Written(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      any = true;
      super.write(c);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      any |= len > 0;
      super.write(buf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      any |= len > 0;
      super.write(str, off, len);
    }
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
