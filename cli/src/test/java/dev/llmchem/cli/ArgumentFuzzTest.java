package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.io.FuzzLoop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Fuzzes the argument parser: random argument vectors built from the real subcommands and
 * option names (read from picocli's model, so new options are fuzzed without editing this
 * test), typed values, boundary values and junk, over small data files (good, dirty,
 * header-only, non-UTF-8, a directory, a missing path). Property: {@link Main#execute} returns
 * 0 or 1, never 2 and never throws; on 1 the error is one line starting with "chem: " (only a
 * "Try ... --help" hint and indented ingest details may accompany it); no stack trace. A seeded
 * loop ({@link FuzzLoop}): {@code -Dllmchem.fuzz.tries=20000} runs a long campaign. Inputs that
 * once failed are replayed by {@link #regressions}.
 */
class ArgumentFuzzTest {
  /** Options naming a file the command writes: fuzzed with paths in the temporary folder. */
  static final java.util.Set<String> WRITES = java.util.Set.of("--ingest-report", "--out");
  static final String[] JUNK_COMMANDS = {"", "PROFILE", "help", "nosuch", "-x", "--"};
  static final String[] VALUES = {"0", "1", "2", "8", "-1", "3,5", "0.5", "1e-3", "NaN",
      "Infinity", "-0", "1e309", "2147483648", "99999999999", "1024", "1025", "mean", "max",
      "last", "median", "text", "json", "dot", "reference", "exact", "auto", "dense", "float",
      "naive", "exact-eq1", "EXACT_EQ1", "10ms", "1ms", "30s", "5m", "0s", "PT1S", "-5s", "",
      "\u0000", "é", "--data", "fix buggy program", "t", "u", "m1", " "};

  /** Every option name of every subcommand, from picocli's model. */
  static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (CommandLine sub : spec.subcommands().values()) {
      for (OptionSpec o : sub.getCommandSpec().options()) {
        for (String n : o.names()) {
          if (!names.contains(n)) {
            names.add(n);
          }
        }
      }
    }
    return names;
  }

  @Test
  void exitCodeIsZeroOrOneWithOneLineAndNoStackTrace(@TempDir Path dir) throws IOException {
    List<String> files = dataFiles(dir);
    CommandSpec spec = Main.commandLine().getCommandSpec();
    List<String> commands = new ArrayList<>(spec.subcommands().keySet());
    List<String> options = optionNames(spec);
    assertThat(options).contains("--data", "--timeout", "--threads", "--method", "--grades");
    // watch --follow waits for the file to grow until --timeout or Ctrl-C: a vector without
    // --timeout would wait for ever (regressions runs it with one)
    options.remove("--follow");
    TreeMap<Integer, Integer> codes = new TreeMap<>();
    long t0 = System.nanoTime();
    int tries = FuzzLoop.run("ArgumentFuzzTest", 400, rnd -> {
      List<String> args = args(rnd, commands, options, files, dir);
      codes.merge(check(args), 1, Integer::sum);
    });
    System.out.printf(java.util.Locale.ROOT, "ArgumentFuzzTest: %d vectors in %.1f s, exit codes"
        + " (code=count) %s%n", tries, (System.nanoTime() - t0) / 1e9, codes);
  }

  /** Vectors that once crashed (exit 2 or a stack trace), named after the bug. */
  @Test
  void regressions(@TempDir Path dir) throws IOException {
    List<String> files = dataFiles(dir);
    String good = files.get(0);
    // --threads above ForkJoinPool's 32767 workers printed "chem: null" (a message-less
    // IllegalArgumentException from the pool); now refused naming the range 0..1024
    check(List.of("chemistry", "--data", good, "--threads", "99999"));
    check(List.of("recommend", "--data", good, "--method", "exact", "--threads", "40000"));
    // a line break inside an argument was echoed into the error, which then spanned two lines
    // (campaign of 20,000 vectors, seed 20261126, try 4763); now escaped as \n
    CliRun r = CliRun.of("recommend", "--data", good, "--\u1614\"b\r\u13fd", "--tolerance");
    assertThat(r.err()).startsWith("chem: Unknown options: '--\u1614\"b\\r\u13fd', '--tolerance'");
    check(List.of("recommend", "--data", good, "--\u1614\"b\r\u13fd", "--tolerance"));
    check(List.of("profile", "--data", good, "--task", "two\nlines"));
    check(List.of("chemistry", "--data", good, "--tau", "0.5\n1"));
    // watch reads appended records from stdin (empty in CliRun) or follows the file
    check(List.of("watch", "--data", good));
    check(List.of("watch", "--data", good, "--follow", "--timeout", "200ms"));
  }

  /** Runs one vector and checks the property; returns the exit code. */
  static int check(List<String> args) {
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertThat(r.code()).as("exit code of %s%n%s", args, r.err()).isIn(0, 1);
    assertThat(r.err()).as("%s", args).doesNotContain("\tat ").doesNotContain("Caused by:")
        .doesNotContain("internal error");
    if (r.code() == 1) {
      List<String> lines = r.err().lines().toList();
      assertThat(lines).as("%s", args).isNotEmpty();
      assertThat(lines.get(lines.size() - 1).startsWith("Try '") ? lines.get(lines.size() - 2)
          : lines.get(lines.size() - 1)).as("%s", args).startsWith("chem: ");
      for (String l : lines) {
        assertThat(l.startsWith("chem: ") || l.startsWith("Try '") || l.startsWith("  "))
            .as("stderr line of %s: %s", args, l).isTrue();
        assertThat(l).as("a message that says nothing, for %s", args)
            .isNotIn("chem: null", "chem: ", "chem: internal error");
      }
    }
    return r.code();
  }

  static List<String> args(Random rnd, List<String> commands, List<String> options,
      List<String> files, Path dir) {
    List<String> args = new ArrayList<>();
    args.add(rnd.nextInt(10) == 0 ? JUNK_COMMANDS[rnd.nextInt(JUNK_COMMANDS.length)]
        : commands.get(rnd.nextInt(commands.size())));
    if (rnd.nextInt(4) != 0) {
      args.add(rnd.nextBoolean() ? "--data" : "--grades");
      args.add(files.get(rnd.nextInt(files.size())));
    }
    for (int i = 0, n = rnd.nextInt(8); i < n; i++) {
      int k = rnd.nextInt(12);
      String opt = options.get(rnd.nextInt(options.size()));
      if (WRITES.contains(opt)) { // a file it writes goes to the temporary folder, never the tree
        args.add(opt);
        args.add(dir.resolve(rnd.nextBoolean() ? "report.tsv" : "no-such-dir/out.csv").toString());
        continue;
      }
      if (k < 4) {
        args.add(opt);
        args.add(value(rnd, files, dir));
      } else if (k < 6) {
        args.add(opt + "=" + value(rnd, files, dir));
      } else if (k < 8) {
        args.add(opt);
      } else if (k < 10) {
        args.add(value(rnd, files, dir));
      } else {
        args.add(junk(rnd));
      }
    }
    return args;
  }

  private static String value(Random rnd, List<String> files, Path dir) {
    int k = rnd.nextInt(10);
    if (k < 6) {
      return VALUES[rnd.nextInt(VALUES.length)];
    }
    if (k < 8) {
      return files.get(rnd.nextInt(files.size()));
    }
    if (k < 9) {
      return dir.resolve(rnd.nextBoolean() ? "report.tsv" : "no-such-dir/out.csv").toString();
    }
    return Integer.toString(rnd.nextInt(2001) - 1000);
  }

  private static String junk(Random rnd) {
    StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "--" : "");
    for (int i = 0, n = rnd.nextInt(6); i < n; i++) {
      b.append((char) (rnd.nextBoolean() ? 32 + rnd.nextInt(95) : rnd.nextInt(0x3000)));
    }
    return b.toString();
  }

  static List<String> dataFiles(Path dir) throws IOException {
    String h = "trial,model,task,quality,accuracy,strategy\n";
    Files.writeString(dir.resolve("good.csv"), h + "T 1,m1,t,9,0.9,RANDOM\nT 1,m2,t,8,0.8,RANDOM\n"
        + "T 2,m1,t,7,0.7,LOCAL\nT 2,m3,t,6,0.6,LOCAL\nT 3,m2,u,5,0.95,CHEMISTRY\n"
        + "T 4,m4,t,6,0.55,LOCAL\nT 4,m1,t,3,0.65,LOCAL\n");
    Files.writeString(dir.resolve("dirty.csv"), h + "T 1,m1,t,NaN,0.9,RANDOM\n\nT 1,m2,t,8,0.8,GREEDY\n"
        + "T 2,m1,t,7,0.7\nT 2,m3,t,6,0.6,LOCAL\n");
    Files.writeString(dir.resolve("quote.csv"), h + "T 1,m1,t,9,0.9,RANDOM\nT 2,\"m3,t,6,0.6,LOCAL\n");
    Files.writeString(dir.resolve("header.csv"), h);
    Files.write(dir.resolve("latin1.csv"),
        (h + "T,caf\u00e9,t,5,0.5,RANDOM\n").getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("grades.csv"), "trial,id,author,reviewer,grade\n"
        + "T 1,i1,m1,m2,7\nT 1,i1,m1,m3,8\nT 1,i2,m2,m1,5\nT 1,i2,m2,m3,6\n");
    Files.createDirectory(dir.resolve("dir.csv"));
    return List.of("good.csv", "dirty.csv", "quote.csv", "header.csv", "latin1.csv",
        "grades.csv", "dir.csv", "missing.csv").stream()
        .map(f -> dir.resolve(f).toString()).toList();
  }
}
