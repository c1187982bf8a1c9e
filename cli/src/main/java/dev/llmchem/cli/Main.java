package dev.llmchem.cli;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.io.InputException;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
   * finish within {@value #INTERRUPT_GRACE_SECONDS} s (work that does not poll), the hook prints
   * the line itself and lets the JVM exit.
   */
  public static void main(String[] args) {
    CountDownLatch done = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (done.getCount() == 0) {
        return; // a normal exit
      }
      RunControl.interrupt();
      try {
        if (!done.await(INTERRUPT_GRACE_SECONDS, TimeUnit.SECONDS)) {
          System.err.println("chem: interrupted (Ctrl-C)");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "chem-interrupt"));
    int code;
    try {
      code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
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

  /** How long the Ctrl-C hook waits for the command to stop on its own. */
  static final int INTERRUPT_GRACE_SECONDS = 5;

  /** Runs the CLI with the given streams; returns the exit code (tests call this). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    Written written = new Written(out);
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(written, true));
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.nio.file.Path.class, new Counts.FileName());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
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
