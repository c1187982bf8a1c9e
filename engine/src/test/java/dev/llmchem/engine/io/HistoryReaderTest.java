package dev.llmchem.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.io.IngestOptions.Mode;
import dev.llmchem.engine.io.IngestReport.Severity;
import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryReaderTest {
  static final String HEADER = "trial,model,task,latency,temperature,id,result,quality,"
      + "generation_accuracy,variance,review_accuracy,accuracy,elapsed,strategy,created\n";

  static Ingested read(String csv, Mode mode) {
    return HistoryReader.read("t.csv", csv, IngestOptions.defaults().withMode(mode));
  }

  @Test
  void readsQuotedMultiLineResultsAndKeepsLineNumbers() {
    String csv = HEADER
        + "T 0,m1,fix it,1.0,0.5,I1,\"a, \"\"quoted\"\"\nresult\",7.5,1.0,0.1,0.9,0.975,1m,RANDOM,x\n"
        + "T 0,m2,fix it,2.0,0.5,I1,plain,6.0,0.0,0.1,0.9,0.225,1m,RANDOM,x\n";
    Ingested in = read(csv, Mode.DEFAULT);
    History h = in.history();
    assertThat(h.rows()).isEqualTo(2);
    assertThat(h.line()).containsExactly(2L, 4L);
    assertThat(h.quality()).containsExactly(7.5, 6.0);
    assertThat(h.accuracy()).containsExactly(0.975, 0.225);
    assertThat(h.strategy()[0]).isEqualTo(Strategy.RANDOM.code());
    assertThat(h.result(0)).isNull();
    assertThat(in.report().clean()).isTrue();
    Ingested kept = HistoryReader.read("t.csv", csv, IngestOptions.defaults().withKeepResults(true));
    assertThat(kept.history().result(0)).isEqualTo("a, \"quoted\"\nresult");
  }

  @Test
  void columnOrderIsFreeAndGenAccuracyIsAnAlias() {
    String csv = "accuracy,quality,model,task,trial,gen_accuracy\n0.5,5,m,t,T 1,0.25\n";
    History h = read(csv, Mode.DEFAULT).history();
    assertThat(h.generationAccuracy()).containsExactly(0.25);
    assertThat(h.strategy()[0]).isEqualTo(Strategy.NONE);
  }

  @Test
  void shiftedRowsAreUsedAndWarnedWithTheirLine() {
    String csv = HEADER + "T 0,m1,t,1,0.5,I1,r,7.5,1.0,0.1,0.9,0.9,1m,2025-07-11 12:12:55,\n";
    Ingested in = read(csv, Mode.DEFAULT);
    assertThat(in.report().used()).isEqualTo(1);
    assertThat(in.report().warned()).isEqualTo(1);
    assertThat(in.report().issues().get(0).line()).isEqualTo(2);
    assertThat(in.report().issues().get(0).reason()).contains("shifted column");
    assertThatThrownBy(() -> read(csv, Mode.STRICT)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.csv:2: shifted column");
  }

  @Test
  void rejectedRowsFailByDefaultAndAreListedInLenientMode() {
    String csv = HEADER
        + "T 0,m1,t,1,0.5,I1,r,NaN,1.0,0.1,0.9,0.9,1m,RANDOM,x\n"
        + "T 0,m1,t,1,0.5,I1,r,11,1.0,0.1,0.9,0.9,1m,RANDOM,x\n"
        + "T 0,,t,1,0.5,I1,r,5,1.0,0.1,0.9,0.9,1m,RANDOM,x\n"
        + "T 0,m1,t,1,0.5,I1,r,5,1.0,0.1,0.9,1m,RANDOM,x\n"
        + "T 0,m1,t,1,0.5,I1,r,5,1.0,0.1,0.9,0.7,1m,RANDOM,x\n";
    assertThatThrownBy(() -> read(csv, Mode.DEFAULT)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("t.csv:2: quality is NaN");
    Ingested in = read(csv, Mode.LENIENT);
    IngestReport r = in.report();
    assertThat(r.records()).isEqualTo(5);
    assertThat(r.used()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(4);
    assertThat(r.issues()).extracting(IngestReport.Issue::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(r.issues()).allMatch(i -> i.severity() == Severity.REJECTED);
    assertThat(r.issues().get(1).reason()).contains("out of range");
    assertThat(r.issues().get(2).reason()).contains("missing required field 'model'");
    assertThat(r.issues().get(3).reason()).contains("wrong column count: 14 fields");
  }

  @Test
  void badFilesFailWithOneLineMessages(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> HistoryReader.read(dir.resolve("missing.csv")))
        .hasMessageEndingWith("missing.csv: no such file");
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    assertThatThrownBy(() -> HistoryReader.read(empty)).hasMessageContaining("is empty");
    Path noAcc = Files.writeString(dir.resolve("noacc.csv"), "trial,model,task,quality\nT,m,t,5\n");
    assertThatThrownBy(() -> HistoryReader.read(noAcc))
        .hasMessageContaining("noacc.csv:1: header has no 'accuracy' column");
    Path open = Files.writeString(dir.resolve("open.csv"), HEADER
        + "T 0,m1,t,1,0.5,I1,r,5,1.0,0.1,0.9,0.9,1m,RANDOM,x\n"
        + "T 0,m1,t,1,0.5,I1,\"never closed,5,1.0,0.1,0.9,0.9,1m,RANDOM,x\n");
    assertThatThrownBy(() -> HistoryReader.read(open))
        .hasMessageContaining("open.csv:3: unterminated quote");
    assertThatThrownBy(() -> HistoryReader.read(dir)).hasMessageContaining("is a directory");
  }

  @Test
  void duplicateHeaderColumnIsAnError() {
    assertThatThrownBy(() -> read("trial,model,task,quality,accuracy,model\n", Mode.DEFAULT))
        .hasMessageContaining("t.csv:1: header names column 'model' twice");
  }

  @Test
  void realFilesLoadAndTheShiftedRowsOfRunsCsvAreReported() {
    Ingested runs = HistoryReader.read(Reference.file("runs.csv"));
    assertThat(runs.history().rows()).isEqualTo(8170);
    assertThat(runs.report().warned()).isEqualTo(6);
    assertThat(runs.report().issues()).extracting(IngestReport.Issue::line)
        .containsExactly(181L, 199L, 202L, 224L, 278L, 328L);
    Ingested runs2 = HistoryReader.read(Reference.file("runs2.csv"));
    assertThat(runs2.history().rows()).isEqualTo(7486);
    assertThat(runs2.report().clean()).isTrue();
  }
}
