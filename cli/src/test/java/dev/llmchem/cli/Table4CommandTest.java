package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.testutil.Reference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** chem eval --question table4 against the paper's appendix Table 4 (docs/eval.md). */
class Table4CommandTest {
  private static List<String> models(JsonNode best) {
    List<String> out = new ArrayList<>();
    best.get("models").forEach(m -> out.add(m.asText()));
    return out;
  }

  @Test
  void programRepairGivesThePapersEnsembles() throws Exception {
    JsonNode rows = CliRun.json("eval", "--data", Reference.file("runs2.csv").toString(),
        "--question", "table4", "--json").get("table4");
    assertThat(rows).hasSize(3);
    assertThat(models(rows.get(0).get("chemistry"))).containsExactly("firefunction-v2",
        "claude-3-7-sonnet-20250219", "claude-3-5-sonnet-latest");
    assertThat(models(rows.get(0).get("performance"))).containsExactly("gpt-4o",
        "claude-3-5-sonnet-latest", "o4-mini");
    assertThat(models(rows.get(1).get("chemistry"))).containsExactly("o3-mini",
        "claude-3-7-sonnet-20250219", "gpt-4o", "mixtral:8x22b", "llama3.1:70b");
    for (JsonNode r : rows) {
      assertThat(r.get("chemistry").get("effectiveness").asDouble()).isEqualTo(1.0);
      assertThat(r.get("performance").get("effectiveness").asDouble()).isEqualTo(1.0);
    }
  }

  @Test
  void classificationGivesTheTableOneGroupsBest() throws Exception {
    CliRun r = CliRun.of("eval", "--data", Reference.file("runs.csv").toString(), "--question",
        "table4");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Table 4").contains("0.800  firefunction-v2"
        + " claude-3-7-sonnet-20250219 o1-mini gpt-4o gemini-2.0-flash claude-3-5-sonnet-latest"
        + " qwen2.5:32b o4-mini o3-mini");
    CliRun csv = CliRun.of("eval", "--data", Reference.file("runs.csv").toString(),
        "--question", "table4", "--csv");
    assertThat(csv.out().lines()).hasSize(7);
  }
}
