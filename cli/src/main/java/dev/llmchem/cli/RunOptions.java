package dev.llmchem.cli;

import picocli.CommandLine.Option;

/**
 * {@code --timeout} (a picocli mixin of every command that can run long): the command's
 * {@link RunControl}, created with the command, so the deadline counts from its start.
 */
public final class RunOptions {
  /** When the command must stop (--timeout, Ctrl-C). */
  final RunControl control = new RunControl();

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Stop after DURATION (e.g. 30s, 5m, 1h, 500ms) with exit code 1 and one"
          + " line on stderr; nothing is written to stdout. A run blocked reading a FIFO or a"
          + " stalled pipe is ended 2 s later. Ctrl-C stops the same way (exit 130)."
          + " Default: no limit.")
  void timeout(java.time.Duration d) {
    control.timeout(d);
  }

  /** The command's run control (its deadline counts from the command's creation). */
  public RunControl control() {
    return control;
  }
}
