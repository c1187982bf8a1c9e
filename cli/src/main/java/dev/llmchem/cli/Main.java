package dev.llmchem.cli;

import dev.llmchem.engine.LimitException;
import dev.llmchem.engine.io.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./chem}: entry point. Exit codes: 0 success, 1 bad input or usage (one line on
 * stderr naming the file, line and reason), 2 internal error (set CHEM_DEBUG=1 for the
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
        "Exit codes: 0 ok, 1 bad input or usage, 2 internal error (CHEM_DEBUG=1 shows the trace)."})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; returns the exit code (tests call this). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, err));
    cl.setParameterExceptionHandler((e, a) -> {
      err.println("chem: " + e.getMessage());
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return 1;
    });
    return cl.execute(args);
  }

  static int handle(Exception e, PrintWriter err) {
    if (e instanceof InputException || e instanceof LimitException
        || e instanceof IllegalArgumentException) {
      err.println("chem: " + e.getMessage());
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
