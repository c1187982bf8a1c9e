package dev.llmchem.cli;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.io.InputException;
import dev.llmchem.engine.io.OutputException;
import dev.llmchem.engine.io.OutputTarget;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.function.Supplier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    subcommands = {RankCommand.class, ProfileCommand.class, ChemistryCommand.class,
        RecommendCommand.class, MigCommand.class, GradeCommand.class, EvalCommand.class,
        MapsCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Also: @|bold chem fixtures --help|@ generates synthetic histories;"
        + " @|bold chem grade|@ turns raw peer grades into the quality and accuracy columns.",
        "Exit codes: 0 ok, 1 bad input or usage, a size refused, --timeout reached or a"
            + " failed write, 130 Ctrl-C, 141 output pipe closed (| head), 2 internal error"
            + " (CHEM_DEBUG=1 shows the trace)."})
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
   * the command prints its one-line message and the JVM exits with 130. A command that had
   * already completed its output (the rename of a file is the last step) exits with its own
   * code, 0: the exit code tells whether the output was written. Should the command not
   * finish within {@value #INTERRUPT_GRACE_SECONDS} s (work that does not poll), the hook prints
   * the line itself and lets the JVM exit.
   */
  public static void main(String[] args) {
    CountDownLatch done = new CountDownLatch(1);
    int[] result = {2};
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (done.getCount() > 0) {
        RunControl.interrupt(); // Ctrl-C (or SIGTERM) while the command runs
      }
      try {
        if (done.await(INTERRUPT_GRACE_SECONDS, TimeUnit.SECONDS)) {
          // The command has finished: its code tells what happened to the output (0 once a
          // file was renamed into place, 130 when it stopped first). The JVM would exit with
          // 130 after a SIGINT however close to the end it came, also when it overtook
          // System.exit(0), so the code is set here.
          System.err.flush();
          Runtime.getRuntime().halt(result[0]);
        }
        System.err.println("chem: interrupted (Ctrl-C)");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "chem-interrupt"));
    int code = 2;
    try {
      code = execute(args, new FileOutputStream(FileDescriptor.out),
          new PrintWriter(System.err, true));
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

  /** How long the Ctrl-C hook waits for the command to stop on its own. */
  static final int INTERRUPT_GRACE_SECONDS = 5;

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
    OutputTarget target = OutputTarget.stdout(stdout);
    return execute(args, new OutputStreamWriter(target.stream(), Charset.defaultCharset()),
        err, target::failure);
  }

  /**
   * Runs the CLI with the given streams; returns the exit code (tests call this). A
   * PrintWriter hides why a write failed: its error ends the run as "cannot write to standard
   * output: write error".
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    OutputException[] failed = {null};
    return execute(args, out, err, () -> {
      if (failed[0] == null && out.checkError()) {
        failed[0] = new OutputException("standard output", new IOException("write error"));
      }
      return failed[0];
    });
  }

  private static int execute(String[] args, Writer stdout, PrintWriter err,
      Supplier<OutputException> stdoutFailure) {
    Written written = new Written(new BufferedWriter(stdout));
    PrintWriter out = new PrintWriter(written, true);
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.nio.file.Path.class, new Counts.FileName());
    // help and version text go to stdout too: a failed write there is handled like any other
    // (picocli would print the trace of an exception that escapes its help printing)
    cl.setExecutionStrategy(parsed -> {
      try {
        return new CommandLine.RunLast().execute(parsed);
      } catch (OutputException e) {
        throw new CommandLine.ExecutionException(cl, e.getMessage(), e);
      }
    });
    boolean[] reported = {false};
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      OutputException o = outputFailure(e);
      if (o != null) {
        reported[0] = true;
        return report(o, err);
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
    int code = 2;
    try {
      code = cl.execute(args);
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
