package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random argument lists built from the known subcommands, options and values plus junk:
 * {@link Main#execute} returns 0, 1 or 2, never throws, and prints no stack trace unless
 * {@code CHEM_DEBUG} is set. Data files (good, dirty, header-only, non-UTF-8, a directory, a
 * missing path) live in a temporary directory.
 */
class ArgumentFuzzProperties {
  private static Path dir;
  private static List<String> files;

  @BeforeContainer
  static void makeFiles() throws IOException {
    dir = Files.createTempDirectory("cli-fuzz");
    String h = "trial,model,task,quality,accuracy,strategy\n";
    Files.writeString(dir.resolve("good.csv"), h + "T 1,m1,t,9,0.9,RANDOM\nT 1,m2,t,8,0.8,RANDOM\n"
        + "T 2,m1,t,7,0.7,LOCAL\nT 2,m3,t,6,0.6,LOCAL\nT 3,m2,u,5,0.95,CHEMISTRY\n");
    Files.writeString(dir.resolve("dirty.csv"), h + "T 1,m1,t,NaN,0.9,RANDOM\n\nT 1,m2,t,8,0.8,GREEDY\n"
        + "T 2,m1,t,7,0.7\nT 2,\"m3,t,6,0.6,LOCAL\n");
    Files.writeString(dir.resolve("header.csv"), h);
    Files.write(dir.resolve("latin1.csv"), (h + "T,caf\u00e9,t,5,0.5,RANDOM\n")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.createDirectory(dir.resolve("dir.csv"));
    files = List.of("good.csv", "dirty.csv", "header.csv", "latin1.csv", "dir.csv", "missing.csv")
        .stream().map(f -> dir.resolve(f).toString()).toList();
  }

  @AfterContainer
  static void removeFiles() throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> argLists() {
    Arbitrary<String> command = Arbitraries.of("profile", "rank", "help", "chemistry", "", "PROFILE");
    Arbitrary<String> option = Arbitraries.of("--data", "--task", "--threshold", "--json",
        "--strict", "--lenient", "--ingest-report", "--k", "--by", "--aggregate",
        "--keep-chemistry-rows", "--help", "-h", "--version", "-V", "--", "-", "--data=",
        "--threshold=-1", "--threshold=NaN", "--threshold=1e309", "--k=0", "--k=,,", "--k=-3",
        "--by=mean", "--by=median", "--ingest-report=no-such-dir/r.tsv", "--aggregate=mean", "--aggregate=latest", "--aggregate=x");
    Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(files),
        Arbitraries.of("t", "u", "0.5", "0", "1", "-1", "NaN", "3,5", "mean", "max", "",
            dir.resolve("no-dir/report.tsv").toString(), dir.resolve("report.tsv").toString()),
        Arbitraries.strings().ofMaxLength(6));
    Arbitrary<String> token = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, option), net.jqwik.api.Tuple.of(4, value));
    return net.jqwik.api.Combinators.combine(command, token.list().ofMaxSize(7), Arbitraries.of(files))
        .as((c, rest, data) -> {
          List<String> args = new ArrayList<>();
          args.add(c);
          if (!rest.isEmpty() && rest.size() % 2 == 0) {
            args.add("--data");
            args.add(data);
          }
          args.addAll(rest);
          return args;
        });
  }

  @Property(tries = 250)
  void exitCodeIsZeroOneOrTwoAndNoStackTrace(@ForAll("argLists") List<String> args) {
    CliRun r = CliRun.of(args.toArray(String[]::new));
    Statistics.collect(r.code());
    assertThat(r.code()).as("%s%n%s", args, r.err()).isIn(0, 1, 2);
    if (System.getenv("CHEM_DEBUG") == null) {
      assertThat(r.err()).as("%s", args).doesNotContain("\tat ").doesNotContain("Caused by:");
    }
    if (r.code() == 1) {
      assertThat(r.err()).as("%s", args).startsWith("chem: ");
    }
  }
}
