package dev.llmchem.engine.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: CSV -> our profiles -> our Eq. 1 table -> CHEME (dense parallel and naive)
 * equals the reference's chemistry entries (same pairs; values to 1e-12, real files 1e-11,
 * since pandas reads some accuracies one ulp off: SPEC section 1).
 */
class PipelineChemistryGoldenTest {

  static Stream<Path> synthetic() {
    return Reference.syntheticGoldens().stream();
  }

  static void compare(Chemistry c, JsonNode goldenChem, double tol) {
    Map<String, Double> ours = new TreeMap<>();
    c.entries().forEach(e -> ours.put(e.a() + "|" + e.b(), e.chem()));
    Map<String, Double> theirs = new TreeMap<>();
    goldenChem.properties().forEach(e -> theirs.put(e.getKey(), e.getValue().asDouble()));
    assertThat(ours.keySet()).containsExactlyElementsOf(theirs.keySet());
    theirs.forEach((k, v) -> assertThat(ours.get(k)).as(k).isCloseTo(v, within(tol)));
  }

  @ParameterizedTest
  @MethodSource("synthetic")
  void syntheticChemistryMatches(Path golden) {
    JsonNode g = Reference.json(golden);
    Analysis an = Analysis.of(HistoryReader.read(golden.resolveSibling(g.get("file").asText()))
        .history(), AnalysisOptions.defaults());
    for (var e : g.get("tasks").properties()) {
      TaskAnalysis t = an.task(e.getKey());
      compare(t.chemistry(), e.getValue().get("chem"), 1e-12);
      compare(t.chemistry(ChemeOptions.defaults().withMethod(ChemeOptions.Method.NAIVE)),
          e.getValue().get("chem"), 1e-12);
    }
  }

  @Test
  void realFilesChemistryMatches() {
    for (String f : new String[] {"runs", "runs2"}) {
      JsonNode core = Reference.json(Reference.file("goldens/real-" + f + ".json")).get("core_seed0");
      Analysis an = Analysis.of(HistoryReader.read(Reference.file(f + ".csv")).history(),
          AnalysisOptions.defaults());
      TaskAnalysis t = an.task(core.get("task").asText());
      compare(t.chemistry(), core.get("chem_unordered"), 1e-11);
      compare(t.chemistry(ChemeOptions.defaults().withThreads(1)), core.get("chem_unordered"), 1e-11);
    }
  }
}
