package dev.llmchem.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A file with rejected and warned rows: the Spark read gives the engine's report totals
 * (records, used, warned, rejected, blank lines), the same one-line summary and first problems
 * on stderr, counts per masked reason, the same answer in lenient mode, and the same failure
 * as {@code chem} by default and under {@code --strict}.
 */
class SparkIngestTest {
  private static final SparkSession spark = SparkRun.session();
  private static final String DIRTY = Reference.dir().getParent().resolve("data/dirty.csv")
      .toString();

  @Test
  void rejectedRowsCountAsTheEngineCountsThem() {
    IngestReport engine = HistoryReader.read(Path.of(DIRTY),
        IngestOptions.defaults().withMode(IngestOptions.Mode.LENIENT)).report();
    assertThat(engine.rejected()).isPositive();
    assertThat(engine.warned()).isPositive();
    IngestSummary s = IngestSummary.of(DIRTY, HistoryIngest.read(spark, DIRTY,
        HistoryIngest.Format.AUTO, new ReadOptions(null)));
    assertThat(new long[] {s.records(), s.used(), s.warned(), s.rejected(), s.blank()})
        .containsExactly(engine.records(), engine.used(), engine.warned(), engine.rejected(),
            engine.blankLines());
    assertThat(s.summary()).isEqualTo(engine.summary());
    long rejectedByReason = s.byReason().stream().filter(r -> r.severity().equals("REJECTED"))
        .mapToLong(IngestSummary.Reason::count).sum();
    assertThat(rejectedByReason).isEqualTo(engine.rejected());
    assertThat(s.byReason()).anySatisfy(r -> assertThat(r.reason())
        .isEqualTo("quality N is out of range [0, 10]"));
    for (int i = 0; i < s.first().size(); i++) {
      IngestReport.Issue e = engine.issues().get(i);
      assertThat(s.first().get(i)).isEqualTo(new IngestSummary.Located(DIRTY, e.line(),
          e.severity().name(), e.reason()));
    }
  }

  @Test
  void lenientAnswersAsChemAndReportsAlike() {
    SparkRun.Result chem = SparkRun.chem("recommend", "--data", DIRTY, "--lenient", "--json");
    SparkRun.Result sp = SparkRun.chemSpark("recommend", "--data", DIRTY, "--lenient", "--json");
    assertThat(chem.code()).isZero();
    assertThat(sp.code()).as(sp.err()).isZero();
    assertThat(sp.out()).isEqualTo(chem.out());
    String[] chemLines = chem.err().split("\n");
    String[] sparkLines = sp.err().split("\n");
    assertThat(sparkLines[0]).isEqualTo(chemLines[0].replaceFirst("^chem: ", "chem-spark: "));
    for (int i = 1; i <= IngestSummary.SHOWN; i++) {
      assertThat(sparkLines[i]).isEqualTo(chemLines[i]);
    }
  }

  @Test
  void defaultAndStrictModesFailAsChemFails() {
    SparkRun.Result chem = SparkRun.chem("profile", "--data", DIRTY, "--json");
    SparkRun.Result sp = SparkRun.chemSpark("profile", "--data", DIRTY, "--json");
    assertThat(chem.code()).isEqualTo(1);
    assertThat(sp.code()).isEqualTo(1);
    assertThat(sp.out()).isEmpty();
    assertThat(sp.err().trim()).isEqualTo(chem.err().trim().replaceFirst("^chem: ",
        "chem-spark: "));
    String runs = Reference.file("runs.csv").toString();
    SparkRun.Result chemStrict = SparkRun.chem("profile", "--data", runs, "--json", "--strict");
    SparkRun.Result sparkStrict = SparkRun.chemSpark("profile", "--data", runs, "--json",
        "--strict");
    assertThat(chemStrict.code()).isEqualTo(1);
    assertThat(sparkStrict.code()).isEqualTo(1);
    assertThat(sparkStrict.err().trim()).isEqualTo(chemStrict.err().trim()
        .replaceFirst("^chem: ", "chem-spark: "));
  }
}
