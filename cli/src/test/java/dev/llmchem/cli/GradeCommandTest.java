package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.io.HistoryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {
  // Item_0 (author x) graded 6, 8, 7 by x, y, z; Item_1 (author y) graded 2, 4, 3.
  // Round 1: c = (7, 3); v_x = v_y = 1, v_z = 1/12 (floor). Round 2 reweights 1, 1, 12 and
  // leaves c = (7, 3): converged. review_accuracy x = y = 1 / (1 + (1 - 1/12)) = 12/23.
  // x's answer has ground truth 1: accuracy 0.75 + 0.25 * 12/23; y's has none: 0.75 * 12/23.
  private static final String GRADES = String.join("\n",
      "trial,id,author,reviewer,grade,correct",
      "T1,Item_0,x,x,6,1", "T1,Item_0,x,y,8,1", "T1,Item_0,x,z,7,",
      "T1,Item_1,y,x,2,", "T1,Item_1,y,y,4,", "T1,Item_1,y,z,3,", "");
  private static final String RUNS = String.join("\n",
      "trial,model,task,id,result,quality,accuracy,strategy",
      "T1,x,t,Item_0,\"an answer, \"\"quoted\"\"\nover two lines\",0,0,RANDOM",
      "T1,y,t,Item_1,b,0,0,RANDOM",
      "T1,z,t,Item_9,c,5,0.5,LOCAL", "");

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void fillsTheRunsColumns() throws IOException {
    Path grades = file("grades.csv", GRADES);
    Path runs = file("runs.csv", RUNS);
    Path out = dir.resolve("graded.csv");
    CliRun r = CliRun.of("grade", "--grades", grades.toString(), "--runs", runs.toString(),
        "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("6 grades of 2 answers by 3 models in 1 trials",
        "MVLE rounds: at most 2", "2 of 3 rows updated", "first: line 5");
    History h = HistoryReader.read(out).history();
    assertThat(h.rows()).isEqualTo(3);
    double ra = 12.0 / 23;
    assertThat(h.quality()[0]).isCloseTo(7.0, within(1e-12));
    assertThat(h.quality()[1]).isCloseTo(3.0, within(1e-12));
    assertThat(h.accuracy()[0]).isCloseTo(0.75 + 0.25 * ra, within(1e-12));
    assertThat(h.accuracy()[1]).isCloseTo(0.75 * ra, within(1e-12));
    assertThat(h.reviewAccuracy()[0]).isCloseTo(ra, within(1e-12));
    assertThat(h.variance()[0]).isCloseTo(1.0, within(1e-12));
    assertThat(h.generationAccuracy()[1]).isEqualTo(0.0);
    assertThat(h.quality()[2]).isEqualTo(5.0);
    assertThat(h.accuracy()[2]).isEqualTo(0.5);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("trial,model,task,id,result,quality,accuracy,strategy,"
        + "generation_accuracy,variance,review_accuracy");
    assertThat(lines.get(1)).isEqualTo("T1,x,t,Item_0,\"an answer, \"\"quoted\"\"");
    assertThat(lines.get(4)).isEqualTo("T1,z,t,Item_9,c,5,0.5,LOCAL,,,");
  }

  @Test
  void replacesTheRunsFileInPlaceAndWritesAnswersWithoutRuns() throws IOException {
    Path grades = file("grades.csv", GRADES);
    Path runs = file("runs.csv", RUNS);
    CliRun r = CliRun.of("grade", "--grades", grades.toString(), "--runs", runs.toString(),
        "--out", runs.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(runs)).contains("review_accuracy");
    try (var s = Files.list(dir)) {
      assertThat(s.count()).isEqualTo(2);
    }
    CliRun answers = CliRun.of("grade", "--grades", grades.toString());
    assertThat(answers.code()).as(answers.err()).isZero();
    assertThat(answers.out()).startsWith("trial,model,id,quality,generation_accuracy,variance,"
        + "review_accuracy,accuracy\nT1,x,Item_0,7.0,1.0,");
  }

  @Test
  void badInputIsOneLineWithFileLineAndReason() throws IOException {
    Path runs = file("runs.csv", RUNS);
    expectError(file("g1.csv", GRADES.replace("T1,Item_1,y,z,3,", "T1,Item_1,y,z,11,")),
        runs, ":7: grade 11.0 is outside [0, 10]");
    expectError(file("g2.csv", GRADES.replace("T1,Item_1,y,z,3,", "T1,Item_1,y,z,high,")),
        runs, ":7: grade 'high' is not a decimal number");
    expectError(file("g3.csv", GRADES.replace("T1,Item_1,y,z,3,", "T1,Item_1,y,y,3,")),
        runs, ":7: duplicate grade: y already graded this answer (trial T1, id Item_1,"
            + " author y) at line 6");
    expectError(file("g4.csv", GRADES.replace("reviewer,", "judge,")), runs,
        ":1: header has no reviewer column");
    expectError(file("g5.csv", GRADES.replace("T1,Item_0,x,z,7,", "T1,Item_0,x,z,7,0")),
        runs, ":4: correct is 0.0 here but 1.0 at line 3 for the same answer");
    expectError(file("g6.csv", GRADES.replace("T1,Item_0,x,z,7,", "T1,Item_0,x,z,7")),
        runs, ":4: has 5 fields, the header has 6");
    expectError(file("g7.csv", GRADES.replace("T1,Item_0,x,z,7,", "T1,Item_0,x,z,7,2")),
        runs, ":4: correct 2.0 is outside [0, 1]");
    expectError(file("g8.csv", "trial,id,author,reviewer,grade\n"), runs,
        "g8.csv: has no grades after the header");
    Path grades = file("grades.csv", GRADES);
    expectError(grades, file("r1.csv", RUNS.replace("T1,y,t,Item_1,b,0,0,RANDOM",
        "T1,y,t,Item_1,b,0,0")), "r1.csv:4: has 7 fields, the header has 8");
    expectError(grades, file("r2.csv", RUNS.replace("model,", "llm,")),
        "r2.csv:1: header has no model column");
    expectError(grades, dir.resolve("missing.csv"), "missing.csv: no such file");
    expectError(grades, file("r3.csv", RUNS.replace("T1,y,t,Item_1,b", "T1,y,t,\"Item_1,b")),
        "r3.csv:4: unterminated quote");
  }

  private static void expectError(Path grades, Path runs, String message) {
    CliRun r = CliRun.of("grade", "--grades", grades.toString(), "--runs", runs.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("chem: ").contains(message);
  }
}
