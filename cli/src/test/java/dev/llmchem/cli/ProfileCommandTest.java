package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.testutil.Reference;
import org.junit.jupiter.api.Test;

class ProfileCommandTest {
  @Test
  void profileJsonOfRuns2HasTheSpecShape() throws Exception {
    String data = Reference.file("runs2.csv").toString();
    CliRun r = CliRun.of("profile", "--data", data, "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = Json.MAPPER.readTree(r.out());
    JsonNode t = root.get("tasks").get(0);
    assertThat(t.get("task").asText()).isEqualTo("fix buggy program");
    assertThat(t.get("models")).hasSize(12);
    assertThat(t.get("used")).hasSize(12);
    assertThat(t.get("mig_nodes").asLong()).isEqualTo(4096);
    assertThat(t.get("profiles").get("gpt-4o").get("a").asDouble()).isEqualTo(1.0);
    assertThat(t.get("cost_S").isNumber()).isTrue();
  }

  @Test
  void rankJsonListsTheCutOffs() throws Exception {
    CliRun r = CliRun.of("rank", "--data", Reference.file("runs.csv").toString(), "--json", "--k", "3,20");
    assertThat(r.code()).isZero();
    JsonNode ranks = Json.MAPPER.readTree(r.out()).get("ranks");
    assertThat(ranks.get(0).get("models")).hasSize(3);
    assertThat(ranks.get(1).get("models")).hasSize(12);
  }
}
