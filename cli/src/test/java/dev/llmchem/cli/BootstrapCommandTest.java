package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.testutil.Reference;
import org.junit.jupiter.api.Test;

/** chem chemistry / recommend --bootstrap: the JSON of contract section 12 and the text. */
class BootstrapCommandTest {
  private static final String RUNS2 = Reference.file("runs2.csv").toString();

  @Test
  void chemistryEntriesKeepTheirPointValueBesideTheInterval() throws Exception {
    JsonNode plain = CliRun.json("chemistry", "--data", RUNS2, "--json").get("tasks").get(0);
    JsonNode t = CliRun.json("chemistry", "--data", RUNS2, "--json", "--bootstrap", "30",
        "--seed", "3").get("tasks").get(0);
    assertThat(t.get("entries")).hasSameSizeAs(plain.get("entries"));
    for (int i = 0; i < t.get("entries").size(); i++) {
      JsonNode e = t.get("entries").get(i);
      JsonNode p = plain.get("entries").get(i);
      assertThat(e.get("a")).isEqualTo(p.get("a"));
      assertThat(e.get("b")).isEqualTo(p.get("b"));
      assertThat(e.get("chem")).isEqualTo(p.get("chem"));
      double lo = e.get("ci_low").asDouble();
      double hi = e.get("ci_high").asDouble();
      assertThat(lo).isLessThanOrEqualTo(e.get("median").asDouble()).isGreaterThanOrEqualTo(
          e.get("min").asDouble());
      assertThat(hi).isGreaterThanOrEqualTo(e.get("median").asDouble()).isLessThanOrEqualTo(
          e.get("max").asDouble());
      assertThat(e.get("p_positive").asDouble()).isBetween(0.0, 1.0);
      assertThat(e.get("solid").asBoolean()).isEqualTo(lo > 1e-12);
    }
    JsonNode b = t.get("bootstrap");
    assertThat(b.get("replicates").asInt()).isEqualTo(30);
    assertThat(b.get("seed").asLong()).isEqualTo(3);
    assertThat(b.get("resample").asText()).isEqualTo("trials");
    assertThat(b.get("units").asInt()).isPositive();
  }

  @Test
  void recommendReportsTheStabilityOfItsAnswer() throws Exception {
    JsonNode t = CliRun.json("recommend", "--data", RUNS2, "--json", "--bootstrap", "30")
        .get("tasks").get(0);
    JsonNode b = t.get("bootstrap");
    int same = b.get("same_set").get("count").asInt();
    JsonNode first = b.get("sets").get(0);
    assertThat(first.get("count").asInt()).isGreaterThanOrEqualTo(same);
    if (first.get("models").equals(t.get("recommended"))) {
      assertThat(first.get("count").asInt()).isEqualTo(same);
    }
    assertThat(b.get("inclusion")).hasSize(t.get("recommended").size() + 3); // |S| = 12
    int reasons = 0;
    for (JsonNode r : b.get("reasons")) {
      reasons += r.get("count").asInt();
    }
    assertThat(reasons).isEqualTo(30);
    assertThat(b.get("loss").get("n").asInt()).isLessThanOrEqualTo(30);
  }

  @Test
  void textSaysWhatWasResampledAndBadUnitsAreUsageErrors() {
    CliRun r = CliRun.of("recommend", "--data", RUNS2, "--bootstrap", "20");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Bootstrap: 20 replicates, each drawing").contains("trials")
        .contains("the same set comes back in").contains("inclusion:");
    CliRun bad = CliRun.of("chemistry", "--data", RUNS2, "--bootstrap", "20", "--resample",
        "items");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("--resample must be trials or rows");
  }
}
