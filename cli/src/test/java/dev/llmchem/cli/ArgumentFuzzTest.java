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

/**
 * Random argument lists built from the known subcommands, options and values plus junk:
 * {@link Main#execute} returns 0, 1 or 2, never throws, and prints no stack trace unless
 * {@code CHEM_DEBUG} is set. Data files (good, dirty, header-only, non-UTF-8, a directory, a
 * missing path) live in a temporary directory. A seeded loop ({@link FuzzLoop}).
 */
class ArgumentFuzzTest {
  static final String[] COMMANDS = {"profile", "rank", "chemistry", "recommend", "mig", "help",
      "", "PROFILE"};
  static final String[] OPTIONS = {"--data", "--task", "--threshold", "--json", "--strict",
      "--lenient", "--ingest-report", "--k", "--by", "--aggregate", "--keep-chemistry-rows",
      "--help", "-h", "--version", "-V", "--", "-", "--data=", "--threshold=-1",
      "--threshold=NaN", "--threshold=1e309", "--k=0", "--k=,,", "--k=-3", "--by=mean",
      "--by=median", "--aggregate=mean", "--aggregate=x", "--ingest-report=no-such-dir/r.tsv"};
  static final String[] VALUES = {"t", "u", "0.5", "0", "1", "-1", "NaN", "3,5", "mean", "max",
      "", "\u0000", "é", "--data"};

  @Test
  void exitCodeIsZeroOneOrTwoAndNoStackTrace(@TempDir Path dir) throws IOException {
    List<String> files = dataFiles(dir);
    TreeMap<Integer, Integer> codes = new TreeMap<>();
    FuzzLoop.run("ArgumentFuzzTest", 250, rnd -> {
      List<String> args = args(rnd, files, dir);
      CliRun r = CliRun.of(args.toArray(String[]::new));
      codes.merge(r.code(), 1, Integer::sum);
      assertThat(r.code()).as("%s%n%s", args, r.err()).isIn(0, 1, 2);
      if (System.getenv("CHEM_DEBUG") == null) {
        assertThat(r.err()).as("%s", args).doesNotContain("\tat ").doesNotContain("Caused by:");
      }
      if (r.code() == 1) {
        assertThat(r.err()).as("%s", args).startsWith("chem: ");
      }
    });
    System.out.println("ArgumentFuzzTest exit codes (code=count): " + codes);
  }

  static List<String> args(Random rnd, List<String> files, Path dir) {
    List<String> args = new ArrayList<>();
    args.add(COMMANDS[rnd.nextInt(COMMANDS.length)]);
    if (rnd.nextInt(3) != 0) {
      args.add("--data");
      args.add(files.get(rnd.nextInt(files.size())));
    }
    for (int i = 0, n = rnd.nextInt(7); i < n; i++) {
      int k = rnd.nextInt(10);
      if (k < 5) {
        args.add(OPTIONS[rnd.nextInt(OPTIONS.length)]);
      } else if (k < 7) {
        args.add(files.get(rnd.nextInt(files.size())));
      } else if (k < 9) {
        args.add(VALUES[rnd.nextInt(VALUES.length)]);
      } else {
        args.add(rnd.nextBoolean() ? dir.resolve("report.tsv").toString() : junk(rnd));
      }
    }
    return args;
  }

  private static String junk(Random rnd) {
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = rnd.nextInt(6); i < n; i++) {
      b.append((char) (rnd.nextBoolean() ? 32 + rnd.nextInt(95) : rnd.nextInt(0x3000)));
    }
    return b.toString();
  }

  static List<String> dataFiles(Path dir) throws IOException {
    String h = "trial,model,task,quality,accuracy,strategy\n";
    Files.writeString(dir.resolve("good.csv"), h + "T 1,m1,t,9,0.9,RANDOM\nT 1,m2,t,8,0.8,RANDOM\n"
        + "T 2,m1,t,7,0.7,LOCAL\nT 2,m3,t,6,0.6,LOCAL\nT 3,m2,u,5,0.95,CHEMISTRY\n");
    Files.writeString(dir.resolve("dirty.csv"), h + "T 1,m1,t,NaN,0.9,RANDOM\n\nT 1,m2,t,8,0.8,GREEDY\n"
        + "T 2,m1,t,7,0.7\nT 2,m3,t,6,0.6,LOCAL\n");
    Files.writeString(dir.resolve("quote.csv"), h + "T 1,m1,t,9,0.9,RANDOM\nT 2,\"m3,t,6,0.6,LOCAL\n");
    Files.writeString(dir.resolve("header.csv"), h);
    Files.write(dir.resolve("latin1.csv"),
        (h + "T,caf\u00e9,t,5,0.5,RANDOM\n").getBytes(StandardCharsets.ISO_8859_1));
    Files.createDirectory(dir.resolve("dir.csv"));
    return List.of("good.csv", "dirty.csv", "quote.csv", "header.csv", "latin1.csv", "dir.csv",
        "missing.csv").stream().map(f -> dir.resolve(f).toString()).toList();
  }
}
