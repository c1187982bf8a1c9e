package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.interaction.InteractionIndex;
import dev.llmchem.engine.interaction.InteractionMatrix;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code chem chemistry --index}: the JSON shape (the document and each task name the index,
 * every pair of S listed with its value under the index's name, 0 outside U), values equal to
 * the library's, methods agreeing, text output, and the refusals of CHEME-only options.
 */
class InteractionCommandTest {
  private static final String DEMO = "../fixtures/data/demo.csv";
  private static final String RUNS = "../fixtures/reference/runs.csv";

  @Test
  void jsonListsEveryPairUnderTheIndexName() throws Exception {
    Analysis an = Analysis.of(HistoryReader.read(Path.of(DEMO)).history(),
        AnalysisOptions.defaults());
    for (InteractionIndex index : InteractionIndex.values()) {
      JsonNode doc = CliRun.json("chemistry", "--data", DEMO, "--json", "--index", index.label());
      assertThat(doc.get("index").asText()).isEqualTo(index.label());
      assertThat(doc.get("tasks")).hasSize(an.tasks().size());
      int zeros = 0;
      for (int k = 0; k < an.tasks().size(); k++) {
        TaskAnalysis t = an.tasks().get(k);
        InteractionMatrix lib = t.interactions(index);
        JsonNode task = doc.get("tasks").get(k);
        assertThat(task.get("task").asText()).isEqualTo(t.prototype());
        assertThat(task.get("index").asText()).isEqualTo(index.label());
        assertThat(task.get("method").asText()).isEqualTo("dense");
        int s = t.universeSize();
        JsonNode entries = task.get("entries");
        assertThat(entries).hasSize(s * (s - 1) / 2);
        List<String> used = t.usedNames();
        for (JsonNode e : entries) {
          String a = e.get("a").asText();
          String b = e.get("b").asText();
          assertThat(a).isLessThan(b);
          assertThat(e.has("chem")).isFalse();
          double x = e.get(index.label()).asDouble();
          assertThat(x).isEqualTo(lib.value(a, b));
          if (!used.contains(a) || !used.contains(b)) {
            assertThat(x).isZero();
            zeros++;
          }
        }
      }
      assertThat(zeros).as("demo.csv has unused models").isPositive();
    }
  }

  @Test
  void methodsAgreeAndChemeNamesItsIndex() throws Exception {
    JsonNode dense = CliRun.json("chemistry", "--data", RUNS, "--json", "--index", "shapley");
    JsonNode naive = CliRun.json("chemistry", "--data", RUNS, "--json", "--index", "shapley",
        "--method", "naive", "--threads", "1");
    JsonNode exact = CliRun.json("chemistry", "--data", RUNS, "--json", "--index", "SHAPLEY",
        "--method", "exact-eq1");
    for (int k = 0; k < dense.get("tasks").size(); k++) {
      JsonNode d = dense.get("tasks").get(k).get("entries");
      for (int e = 0; e < d.size(); e++) {
        double x = d.get(e).get("shapley").asDouble();
        assertThat(naive.get("tasks").get(k).get("entries").get(e).get("shapley").asDouble())
            .isCloseTo(x, within(1e-12));
        assertThat(exact.get("tasks").get(k).get("entries").get(e).get("shapley").asDouble())
            .isCloseTo(x, within(1e-12));
      }
    }
    assertThat(exact.get("tasks").get(0).get("method").asText()).isEqualTo("exact-eq1");
    JsonNode cheme = CliRun.json("chemistry", "--data", DEMO, "--json");
    assertThat(cheme.get("index").asText()).isEqualTo("cheme");
    assertThat(cheme.get("tasks").get(0).get("entries").get(0).has("chem")).isTrue();
    assertThat(CliRun.of("chemistry", "--data", DEMO, "--json", "--index", "cheme").out())
        .isEqualTo(CliRun.of("chemistry", "--data", DEMO, "--json").out());
  }

  @Test
  void textShowsTheStrongestPairs() {
    CliRun r = CliRun.of("chemistry", "--data", DEMO, "--index", "banzhaf", "--top", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Banzhaf interaction index of 36 pairs of U")
        .contains("negative = complements").contains("... 34 more");
    CliRun all = CliRun.of("chemistry", "--data", DEMO, "--index", "shapley", "--top", "0");
    assertThat(all.out()).doesNotContain("more (--top 0");
  }

  @Test
  void chemeOnlyOptionsAndUnknownIndicesAreRefused() {
    for (String[] args : List.of(
        new String[] {"--index", "shapley", "--tau", "0.5"},
        new String[] {"--index", "banzhaf", "--inclusive"},
        new String[] {"--index", "banzhaf", "--witness"},
        new String[] {"--index", "owen"})) {
      List<String> full = new java.util.ArrayList<>(List.of("chemistry", "--data", DEMO));
      full.addAll(List.of(args));
      CliRun r = CliRun.of(full.toArray(String[]::new));
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).startsWith("chem: ").contains("--");
    }
  }
}
