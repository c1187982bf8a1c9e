package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chem recommend --explain and the fallback options. */
class ExplainCommandTest {
  @TempDir
  Path dir;

  @Test
  void theLossTermsAddUpAndTheRunnerUpsIncludeTheAnswer() throws Exception {
    JsonNode t = CliRun.json("recommend", "--data", Reference.file("runs2.csv").toString(),
        "--json", "--explain").get("tasks").get(0);
    JsonNode e = t.get("explain");
    JsonNode terms = e.get("loss_terms");
    assertThat(terms.get("inter").asDouble() + terms.get("intra").asDouble()
        + terms.get("size").asDouble()).isCloseTo(t.get("loss").asDouble(), within(1e-9));
    assertThat(e.get("members")).hasSize(t.get("recommended").size());
    assertThat(e.get("deciding_pairs").get(0).has("witness")).isTrue();
    boolean answer = false;
    for (JsonNode r : e.get("runner_ups")) {
      answer |= r.get("answer").asBoolean();
      assertThat(r.get("margin").asDouble()).isGreaterThanOrEqualTo(-1e-9);
    }
    assertThat(answer).isTrue();
  }

  @Test
  void runnerUpsReachThirtyModelsAndANoteSaysWhyBeyond() throws Exception {
    Path s28 = DeterminismCases.writeS28(dir.resolve("s28.csv"));
    JsonNode t = CliRun.json("recommend", "--data", s28.toString(), "--json", "--explain")
        .get("tasks").get(0);
    JsonNode ups = t.get("explain").get("runner_ups");
    assertThat(ups).hasSize(5);
    assertThat(t.get("explain").has("runner_ups_note")).isFalse();
    for (int i = 1; i < ups.size(); i++) { // best first; equal losses by the smaller mask
      assertThat(ups.get(i).get("loss").asDouble())
          .isGreaterThanOrEqualTo(ups.get(i - 1).get("loss").asDouble());
    }
    assertThat(ups.get(0).get("margin").asDouble()).isLessThanOrEqualTo(1e-9);
    JsonNode wide = CliRun.json("recommend", "--data", DeterminismCases.WIDE, "--json",
        "--explain").get("tasks").get(0).get("explain");
    assertThat(wide.has("runner_ups")).isFalse();
    assertThat(wide.get("runner_ups_note").asText()).contains("|S| <= 30")
        .contains("|S| = 64");
  }

  @Test
  void fallbackPoliciesAndThresholdsAreOptions() throws Exception {
    Path h = dir.resolve("perfect.csv");
    Files.writeString(h, "trial,model,task,quality,accuracy\nT1,a,q,10,1\nT1,bb,q,9.5,1\n"
        + "T2,ccc,q,9.2,1\n");
    JsonNode plain = CliRun.json("recommend", "--data", h.toString(), "--json", "--explain")
        .get("tasks").get(0);
    assertThat(plain.get("reason").asText()).isEqualTo("fallback-all-good");
    assertThat(plain.get("recommended")).hasSize(1);
    assertThat(plain.get("explain").get("fallback").get("models")).hasSize(3);
    JsonNode all = CliRun.json("recommend", "--data", h.toString(), "--json",
        "--fallback-good", "all").get("tasks").get(0);
    assertThat(all.get("recommended")).hasSize(3);
    JsonNode mixed = CliRun.json("recommend", "--data", h.toString(), "--json", "--hi-q",
        "9.3").get("tasks").get(0);
    assertThat(mixed.get("reason").asText()).isEqualTo("fallback-mixed");
    CliRun bad = CliRun.of("recommend", "--data", h.toString(), "--fallback-bad", "some");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("--fallback-bad must be none or single");
    CliRun text = CliRun.of("recommend", "--data", h.toString(), "--explain");
    assertThat(text.out()).contains("fallback (no chemistry entries); policy:").contains("good");
  }
}
