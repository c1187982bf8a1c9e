package dev.llmchem.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.testutil.Reference;
import dev.llmchem.engine.testutil.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chem}'s options beyond {@code --json} on Spark: {@code chem}'s text, byte for byte
 * (but for the seconds a kernel took, which differ between any two runs of {@code chem}), with
 * --explain, --bootstrap (a random seed, printed; {@code -Dllmchem.seed} replays it), --top,
 * --threads; --index; --ingest-report's file; the refusals with {@code chem}'s messages and
 * exit codes; and --timeout's line, before Spark's first job and while the executors work.
 */
class SparkOptionsTest {
  private static final SparkSession spark = SparkRun.session();
  private static final String RUNS = Reference.file("runs.csv").toString();
  private static final String RUNS2 = Reference.file("runs2.csv").toString();
  private static final Path DATA = Reference.dir().getParent().resolve("data");

  @TempDir
  static Path tmp;

  /** The seconds a kernel took ("0.012 s)"), the only part of chem's text that varies. */
  static String masked(String text) {
    return text.replaceAll("\\d+\\.\\d{3} s\\)", "N s)");
  }

  /** Both exit 0 and print the same text for {@code args}; returns chem-spark's run. */
  private static SparkRun.Result sameText(String... args) {
    SparkRun.Result chem = SparkRun.chem(args);
    assertThat(chem.code()).as("chem %s: %s", List.of(args), chem.err()).isZero();
    SparkRun.Result sp = SparkRun.chemSpark(args);
    assertThat(sp.code()).as("chem-spark %s: %s", List.of(args), sp.err()).isZero();
    assertThat(masked(sp.out())).as("chem-spark %s", List.of(args))
        .isEqualTo(masked(chem.out()));
    assertThat(chem.out()).startsWith("Task: ");
    return sp;
  }

  @Test
  void textIsChemsText() {
    String seed = String.valueOf(Seeds.seed("SparkOptionsTest.text"));
    sameText("recommend", "--data", RUNS2, "--explain", "--bootstrap", "60", "--seed", seed,
        "--threads", "2");
    sameText("chemistry", "--data", RUNS, "--bootstrap", "30", "--seed", seed, "--tau", "0.3",
        "--top", "5", "--witness");
  }

  @Test
  void interactionIndexJson() {
    String[] args = {"chemistry", "--data", DATA.resolve("routerbench-sample.csv").toString(),
        "--index", "banzhaf", "--json"};
    SparkRun.Result chem = SparkRun.chem(args);
    SparkRun.Result sp = SparkRun.chemSpark(args);
    assertThat(sp.code()).as(sp.err()).isZero();
    assertThat(sp.out()).isEqualTo(chem.out()).contains("\"index\" : \"banzhaf\"");
  }

  @Test
  void ingestReportAndTextOfALenientRead() throws IOException {
    String dirty = DATA.resolve("dirty.csv").toString();
    Path chemReport = tmp.resolve("chem.tsv");
    Path sparkReport = tmp.resolve("spark.tsv");
    SparkRun.Result chem = SparkRun.chem("profile", "--data", dirty, "--lenient",
        "--ingest-report", chemReport.toString());
    SparkRun.Result sp = SparkRun.chemSpark("profile", "--data", dirty, "--lenient",
        "--ingest-report", sparkReport.toString());
    assertThat(sp.code()).as(sp.err()).isZero();
    assertThat(sp.out()).isEqualTo(chem.out()).startsWith("Task: ");
    assertThat(Files.readString(sparkReport)).isEqualTo(Files.readString(chemReport))
        .contains("\tREJECTED\t");
    String[] chemErr = chem.err().split("\n");
    String[] sparkErr = sp.err().split("\n");
    assertThat(chemErr[6]).startsWith("  ... ");
    assertThat(sparkErr[0]).isEqualTo(chemErr[0].replaceFirst("^chem: ", "chem-spark: "));
    assertThat(List.of(sparkErr).subList(1, 7)).isEqualTo(List.of(chemErr).subList(1, 7));
  }

  /** chem-spark refuses {@code args} with chem's last line (the program's name aside). */
  private static void refusedAsChem(String... args) {
    SparkRun.Result chem = SparkRun.chem(args);
    SparkRun.Result sp = SparkRun.chemSpark(args);
    assertThat(chem.code()).as("chem %s", List.of(args)).isEqualTo(1);
    assertThat(sp.code()).as("chem-spark %s: %s", List.of(args), sp.err()).isEqualTo(1);
    assertThat(sp.out()).isEmpty();
    assertThat(line(sp.err(), "chem-spark: ")).isEqualTo(line(chem.err(), "chem: "));
  }

  /** The first line of {@code err} starting with {@code prefix}, without it. */
  private static String line(String err, String prefix) {
    for (String l : err.split("\n")) {
      if (l.startsWith(prefix)) {
        return l.substring(prefix.length());
      }
    }
    throw new AssertionError("no line starting '" + prefix + "' in: " + err);
  }

  @Test
  void refusalsAreChemsAndOtherCommandsSayWhy() throws InterruptedException {
    refusedAsChem("recommend", "--data", RUNS2, "--size", "-1");
    refusedAsChem("recommend", "--data", RUNS2, "--alpha", "2");
    refusedAsChem("recommend", "--data", RUNS2, "--threads", "-1");
    refusedAsChem("chemistry", "--data", RUNS2, "--index", "shapley", "--tau", "0.5");
    refusedAsChem("chemistry", "--data", RUNS2, "--index", "shapley", "--bootstrap", "5");
    refusedAsChem("chemistry", "--data", RUNS2, "--top", "-1");
    Path fifo = tmp.resolve("fifo");
    if (mkfifo(fifo)) { // else (no mkfifo) this part is skipped
      SparkRun.Result pipe = SparkRun.chemSpark("profile", "--data", fifo.toString());
      assertThat(pipe.code()).isEqualTo(1);
      assertThat(last(pipe.err())).isEqualTo("chem-spark: --data " + fifo + ": not a file or a"
          + " folder (a FIFO, a pipe or a device): Spark's tasks read files, each from its"
          + " start; write the history to a file first, or use chem");
    }
    SparkRun.Result watch = SparkRun.chemSpark("--master", "local[2]", "watch", "--data", RUNS2);
    assertThat(watch.code()).isEqualTo(1);
    assertThat(watch.err()).startsWith("chem-spark: watch follows one growing file or a stream"
        + " on one machine, and a Spark job reads a history once: use chem watch\n");
  }

  private static boolean mkfifo(Path p) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** chem's line of a stopped run, for chem and chem-spark alike. */
  private static final String STOPPED = "(chem|chem-spark): %s: stopped after \\d+\\.\\d s"
      + " \\(--timeout %s\\) during .+; no output written";

  @Test
  void timeoutStopsWithChemsLine() {
    SparkRun.Result chem = SparkRun.chem("profile", "--data", RUNS, "--timeout", "1ms");
    SparkRun.Result early = SparkRun.chemSpark("profile", "--data", RUNS, "--timeout", "1ms");
    assertThat(chem.code()).isEqualTo(1);
    assertThat(early.code()).isEqualTo(1);
    assertThat(early.out()).isEmpty();
    assertThat(last(chem.err())).matches(String.format(STOPPED, "profile", "1ms"));
    assertThat(last(early.err())).matches(String.format(STOPPED, "profile", "1ms"))
        .contains("during reading " + RUNS + ";");
    // 10^5 replicates take minutes: the deadline comes while Spark works; the killed tasks'
    // kernels poll their task's state and stop
    SparkRun.Result late = SparkRun.chemSpark("recommend", "--data", RUNS, "--bootstrap",
        "100000", "--timeout", "3s", "--json");
    assertThat(late.code()).as(late.err()).isEqualTo(1);
    assertThat(late.out()).isEmpty();
    assertThat(last(late.err())).matches(String.format(STOPPED, "recommend", "3s"));
  }

  private static String last(String err) {
    String[] lines = err.trim().split("\n");
    return lines[lines.length - 1];
  }
}
