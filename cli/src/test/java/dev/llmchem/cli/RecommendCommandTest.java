package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.testutil.Reference;
import org.junit.jupiter.api.Test;

/** chem recommend / chem chemistry on the real files: SPEC section 11 shapes and the goldens' answers. */
class RecommendCommandTest {
  static JsonNode run(String... args) throws Exception {
    CliRun r = CliRun.of(args);
    assertThat(r.code()).as(r.err()).isZero();
    return Json.MAPPER.readTree(r.out());
  }

  @Test
  void realFilesGiveTheReferenceLossAndReason() throws Exception {
    for (String f : new String[] {"runs", "runs2"}) {
      JsonNode golden = Reference.json(Reference.file("goldens/real-" + f + ".json"));
      JsonNode t = run("recommend", "--data", Reference.file(f + ".csv").toString(), "--json")
          .get("tasks").get(0);
      assertThat(t.get("reason").asText()).isEqualTo("local-search");
      double goldenLoss = golden.get("core_seed0").get("recommend_loss").get("loss").asDouble();
      assertThat(t.get("loss").asDouble()).isCloseTo(goldenLoss, within(1e-11));
      assertThat(t.get("recommended").size()).isEqualTo(golden.get("core_seed0").get("recommend").size());
    }
  }

  @Test
  void exactWithSizeReturnsThatManyModels() throws Exception {
    JsonNode t = run("recommend", "--data", Reference.file("runs2.csv").toString(), "--json",
        "--method", "exact", "--size", "3").get("tasks").get(0);
    assertThat(t.get("reason").asText()).isEqualTo("exact");
    assertThat(t.get("recommended")).hasSize(3);
  }

  @Test
  void chemistryJsonListsEveryEvaluatedPairSortedByName() throws Exception {
    JsonNode t = run("chemistry", "--data", Reference.file("runs2.csv").toString(), "--json")
        .get("tasks").get(0);
    JsonNode entries = t.get("entries");
    assertThat(entries).hasSize(66);
    String prev = "";
    for (JsonNode e : entries) {
      String key = e.get("a").asText() + "|" + e.get("b").asText();
      assertThat(e.get("a").asText()).isLessThan(e.get("b").asText());
      assertThat(key).isGreaterThan(prev);
      prev = key;
    }
  }

  @Test
  void fallbackIsExplained() throws Exception {
    java.nio.file.Path csv = Reference.file("goldens/synthetic/edge_allperfect_n4.csv");
    CliRun r = CliRun.of("recommend", "--data", csv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("fallback-all-good");
  }
}
