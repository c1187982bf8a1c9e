package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.testutil.Reference;
import org.junit.jupiter.api.Test;

/** chem eval: SPEC section 11's JSON shape, CSV, text and usage errors (numbers: EvalGoldenTest). */
class EvalCommandTest {
  private static String runs() {
    return Reference.file("runs.csv").toString();
  }

  static JsonNode json(String... args) throws Exception {
    return CliRun.json(args);
  }

  @Test
  void rq1JsonHasTheSpecKeysAndTable1() throws Exception {
    JsonNode rq1 = json("eval", "--data", runs(), "--question", "rq1", "--json").get("rq1");
    assertThat(rq1).hasSize(3);
    int[] n = {3, 5, 10};
    double[] chemistry = {0.547, 0.680, 0.679}; // paper Table 1, statement classification
    for (int i = 0; i < 3; i++) {
      JsonNode r = rq1.get(i);
      assertThat(r.get("task").asText()).isEqualTo("classify a short statement into a category of fakeness");
      assertThat(r.get("n").asInt()).isEqualTo(n[i]);
      assertThat(r.get("chemistry").asDouble()).isCloseTo(chemistry[i], within(5e-4));
      assertThat(r.get("baseline").asText()).isEqualTo("PERFORMANCE");
      for (String k : new String[] {"best_baseline", "improvement_pct", "p_value"}) {
        assertThat(r.get(k).isNumber()).as(k).isTrue();
      }
    }
  }

  @Test
  void allQuestionsInOneJsonDocument() throws Exception {
    JsonNode root = json("eval", "--data", Reference.file("runs2.csv").toString(), "--json");
    assertThat(root.get("rq1")).hasSize(3);
    assertThat(root.get("rq2")).hasSize(3);
    assertThat(root.get("rq3")).hasSize(3);
    assertThat(root.get("rq3").get(0).get("complexity").asText()).isEqualTo("high");
    assertThat(root.get("rq2").get(1).get("configurations").asInt()).isEqualTo(291);
    assertThat(root.get("rq2").get(1).get("significance").asText()).isEqualTo("**");
  }

  @Test
  void csvPrintsOneTable() {
    CliRun r = CliRun.of("eval", "--data", runs(), "--question", "rq2", "--csv");
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).startsWith("task,n,configurations,r,p_value");
    assertThat(lines[3]).startsWith("classify a short statement into a category of fakeness,10,400,0.31");
  }

  @Test
  void textShowsTheThreeTables() {
    CliRun r = CliRun.of("eval", "--data", runs());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("RQ1:", "RQ2:", "RQ3:", "PERFORMANCE  +14.838",
        "N>5     400   0.319");
  }

  @Test
  void normalisedQualityChangesTheComplementarityNotTheEffectiveness() throws Exception {
    JsonNode raw = json("eval", "--data", runs(), "--json");
    JsonNode norm = json("eval", "--data", runs(), "--json", "--quality-scale", "normalised");
    assertThat(norm.get("rq1")).isEqualTo(raw.get("rq1"));
    assertThat(norm.get("rq2").get(2).get("r").asDouble())
        .isNotCloseTo(raw.get("rq2").get(2).get("r").asDouble(), within(1e-3));
    assertThat(norm.get("quality_scale").asText()).isEqualTo("normalised");
  }

  @Test
  void usageErrorsExitOne() {
    CliRun both = CliRun.of("eval", "--data", runs(), "--json", "--csv");
    assertThat(both.code()).isEqualTo(1);
    assertThat(both.err()).contains("exclude");
    CliRun all = CliRun.of("eval", "--data", runs(), "--csv");
    assertThat(all.code()).isEqualTo(1);
    assertThat(all.err()).contains("--question");
    assertThat(CliRun.of("eval", "--data", runs(), "--question", "rq9").code()).isEqualTo(1);
  }

  /**
   * The tables list every task before the next table begins, so their rows are held: a count
   * of tasks whose rows cannot fit is refused before any work, with the advice as one line.
   */
  @Test
  void rowsThatCannotFitAreRefusedUpFront() {
    EvalCommand c = new EvalCommand();
    c.question = EvalCommand.Question.ALL;
    c.requireRowsFit(10_000); // 22 MB: fits
    assertThatThrownBy(() -> c.requireRowsFit(Integer.MAX_VALUE))
        .isInstanceOf(dev.llmchem.engine.control.LimitException.class)
        .satisfies(e -> assertThat(LimitAdvice.message(
            (dev.llmchem.engine.control.LimitException) e)).startsWith("holding the rows of the"
            + " evaluation tables for 2,147,483,647 tasks until they are printed (3 per task and"
            + " table) needs ").contains("restrict the history to fewer tasks or models"));
  }
}
