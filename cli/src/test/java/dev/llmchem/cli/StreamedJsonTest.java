package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.testutil.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON commands stream their documents (task by task, pair by pair) instead of building a
 * Jackson tree: the bytes must stay those of the tree-built output, which {@link TreeJson}
 * keeps as the oracle. Every {@link DeterminismCases} command line (fixtures, a |U| = 20
 * history, the real histories), their explanation and bootstrap cases ({@link TreeJsonTrust}),
 * rank, eval, and the edge cases of a small history (no used model, one model, a model without
 * rows in a task, quotes and non-ASCII in names, empty entry lists) are compared byte for
 * byte.
 */
class StreamedJsonTest {
  @Test
  void fixturesStreamTheTreeBytes(@TempDir Path dir) throws IOException {
    List<String[]> cases = new ArrayList<>();
    for (DeterminismCases.Case c : DeterminismCases.fixtures(
        DeterminismCases.writeU20(dir.resolve("u20.csv")))) {
      cases.add(c.withThreads(1));
    }
    String demo = DeterminismCases.DEMO;
    String edge = edgeCases(dir).toString();
    cases.add(new String[] {"rank", "--data", demo, "--json"});
    cases.add(new String[] {"rank", "--data", demo, "--json", "--k", "1,20", "--by", "mean"});
    cases.add(new String[] {"chemistry", "--data", demo, "--json", "--tau", "0.5"});
    cases.add(new String[] {"chemistry", "--data", demo, "--json", "--tau", "0.5",
        "--inclusive"});
    cases.add(new String[] {"chemistry", "--data", demo, "--json", "--tau", "1"});
    cases.add(new String[] {"eval", "--data", demo, "--json"});
    cases.add(new String[] {"eval", "--data", demo, "--json", "--question", "rq2",
        "--quality-scale", "normalised", "--complexity", "low"});
    for (String cmd : new String[] {"rank", "profile", "chemistry", "recommend", "mig",
        "eval"}) {
      cases.add(new String[] {cmd, "--data", edge, "--json"});
    }
    cases.add(new String[] {"chemistry", "--data", edge, "--json", "--witness"});
    cases.add(new String[] {"recommend", "--data", edge, "--json", "--method", "exact"});
    cases.add(new String[] {"profile", "--data", edge, "--json", "--threshold", "0"});
    check(cases);
  }

  @Test
  void explanationsAndBootstrapsStreamTheTreeBytes(@TempDir Path dir) throws IOException {
    List<String[]> cases = new ArrayList<>();
    for (DeterminismCases.Case c : DeterminismCases.trust(
        DeterminismCases.writeU20(dir.resolve("u20.csv")),
        DeterminismCases.writeS28(dir.resolve("s28.csv")))) {
      cases.add(c.withThreads(1));
    }
    String edge = edgeCases(dir).toString();
    cases.add(new String[] {"recommend", "--data", edge, "--json", "--explain"});
    cases.add(new String[] {"recommend", "--data", edge, "--json", "--explain", "--method",
        "exact", "--fallback-good", "all"});
    cases.add(new String[] {"recommend", "--data", edge, "--json", "--bootstrap", "10"});
    cases.add(new String[] {"chemistry", "--data", edge, "--json", "--bootstrap", "10",
        "--resample", "rows"});
    check(cases);
  }

  @Test
  void realHistoriesStreamTheTreeBytes() {
    String runs = Reference.file("runs.csv").toString();
    String runs2 = Reference.file("runs2.csv").toString();
    List<String[]> cases = new ArrayList<>();
    for (DeterminismCases.Case c : DeterminismCases.real(runs, runs2)) {
      cases.add(c.withThreads(1));
    }
    for (DeterminismCases.Case c : DeterminismCases.bootstrap(runs, runs2)) {
      cases.add(c.withThreads(1));
    }
    cases.add(new String[] {"recommend", "--data", runs2, "--json", "--explain", "--bootstrap",
        "25", "--seed", "11"});
    cases.add(new String[] {"rank", "--data", runs, "--json"});
    cases.add(new String[] {"rank", "--data", runs2, "--json", "--by", "mean"});
    cases.add(new String[] {"chemistry", "--data", runs, "--json", "--tau", "0.3",
        "--inclusive"});
    cases.add(new String[] {"eval", "--data", runs, "--json"});
    cases.add(new String[] {"eval", "--data", runs2, "--json"});
    check(cases);
  }

  private static void check(List<String[]> cases) {
    for (String[] args : cases) {
      String label = String.join(" ", args);
      CliRun r = CliRun.of(args);
      assertThat(r.code()).as("%s: %s", label, r.err()).isZero();
      assertThat(r.out()).as(label).isEqualTo(TreeJson.run(args));
    }
  }

  /**
   * Four tasks: one where no model is used (no entries, a fallback answer), one with a single
   * model, one whose name has quotes, a comma, a tab and non-ASCII, and one where a model of S
   * has no row (its profile is absent).
   */
  static Path edgeCases(Path dir) throws IOException {
    String csv = """
        trial,model,task,quality,accuracy
        T1,alpha,all bad,3,0.2
        T1,beta,all bad,4,0.5
        T2,gamma,all bad,2,0.1
        T3,alpha,lonely,8,0.9
        T4,alpha,"say ""hi"", then	ünïcode → ok",9,0.95
        T4,beta,"say ""hi"", then	ünïcode → ok",7,0.7
        T4,gamma,"say ""hi"", then	ünïcode → ok",6.5,0.65
        T5,alpha,"say ""hi"", then	ünïcode → ok",9.5,0.85
        T6,alpha,sparse task,5,0.6
        T6,beta,sparse task,10,1
        """;
    return Files.writeString(dir.resolve("edge.csv"), csv);
  }
}
