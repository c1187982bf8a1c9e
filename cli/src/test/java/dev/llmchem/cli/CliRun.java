package dev.llmchem.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {
  /**
   * Runs with an empty standard input: {@code chem watch} reads appended records from it, and
   * the test JVM's own stdin is surefire's command channel, which never ends (a fuzzed
   * {@code watch} with a valid --data waited on it for ever).
   */
  static synchronized CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream stdin = System.in;
    System.setIn(new ByteArrayInputStream(new byte[0]));
    try {
      int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new CliRun(code, out.toString(), err.toString());
    } finally {
      System.setIn(stdin);
    }
  }

  /** Runs the CLI, requires exit 0 and parses stdout as JSON. */
  static com.fasterxml.jackson.databind.JsonNode json(String... args) throws java.io.IOException {
    CliRun r = of(args);
    if (r.code() != 0) {
      throw new AssertionError("exit " + r.code() + ": " + r.err());
    }
    return Json.MAPPER.readTree(r.out());
  }
}
