package dev.llmchem.engine.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.cost.NaiveCost;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Profiles, U, costs, clustering and MIG node counts equal the reference's goldens. */
class ProfileGoldenTest {

  static Stream<Path> synthetic() {
    return Reference.syntheticGoldens().stream();
  }

  static Analysis analyse(Path csv) {
    return Analysis.of(HistoryReader.read(csv).history(), AnalysisOptions.defaults());
  }

  @ParameterizedTest
  @MethodSource("synthetic")
  void syntheticHistoriesMatchGoldens(Path golden) {
    JsonNode g = Reference.json(golden);
    Path csv = golden.resolveSibling(g.get("file").asText());
    Analysis an = analyse(csv);
    assertThat(an.models()).containsExactly(strings(g.get("S")));
    JsonNode clustering = g.get("clustering");
    assertThat(an.taskIndex().prototypes()).containsExactly(strings(clustering.get("prototypes")));
    for (var e : clustering.get("index_task_to_prototype").properties()) {
      assertThat(an.task(e.getKey()).prototype()).as(e.getKey()).isEqualTo(e.getValue().asText());
    }
    for (var e : g.get("tasks").properties()) {
      TaskAnalysis t = an.task(e.getKey());
      JsonNode gt = e.getValue();
      checkProfiles(t, gt, 0.0);
      assertThat(t.migNodeCount().longValue()).isEqualTo(gt.get("mig_node_count").asLong());
      long all = (1L << t.universeSize()) - 1;
      boolean tieSensitiveS = false;
      for (JsonNode m : gt.get("cost_tie_sensitive_masks")) {
        tieSensitiveS |= m.asLong() == all;
      }
      if (!tieSensitiveS) {
        assertThat(t.costOfS()).isCloseTo(gt.get("cost_S").asDouble(), within(1e-12));
      }
      assertThat(t.costOfS()).isEqualTo(t.costTable().cost(all));
      checkCosts(t, gt);
    }
  }

  /**
   * @param aTolerance 0 for exact; real files need one ulp because pandas' default parser
   *     is not correctly rounded (SPEC section 1, real-parse-sensitivity.json)
   */
  static void checkProfiles(TaskAnalysis t, JsonNode gt, double aTolerance) {
    TaskProfiles p = t.profiles();
    JsonNode gp = gt.get("profiles");
    int withProfile = 0;
    for (int i = 0; i < p.universeSize(); i++) {
      JsonNode m = gp.get(p.name(i));
      if (m == null) {
        assertThat(p.has(i)).as(p.name(i) + " has no golden profile").isFalse();
        continue;
      }
      withProfile++;
      assertThat(p.has(i)).as(p.name(i)).isTrue();
      assertThat(p.q(i)).as("q of " + p.name(i)).isEqualTo(m.get("q").asDouble());
      assertThat(p.a(i)).as("a of " + p.name(i)).isCloseTo(m.get("a").asDouble(), within(aTolerance));
      assertThat(p.trial(i)).as("trial of " + p.name(i)).isEqualTo(m.get("trial").asText());
    }
    assertThat(withProfile).isEqualTo(gp.size());
    assertThat(t.usedNames()).containsExactly(strings(gt.get("U")));
    List<List<String>> xq = new ArrayList<>();
    for (int[] x : t.historicalConfigurations()) {
      xq.add(IntStream.of(x).mapToObj(p::name).toList());
    }
    List<List<String>> gxq = new ArrayList<>();
    gt.get("X_q").forEach(x -> gxq.add(List.of(strings(x))));
    assertThat(xq).isEqualTo(gxq);
  }

  /** Every mask's cost equals the golden (to 1e-12), tie-sensitive masks follow our tie rule. */
  static void checkCosts(TaskAnalysis t, JsonNode gt) {
    CostTable table = t.costTable();
    TaskProfiles p = t.profiles();
    Set<Long> tieSensitive = new HashSet<>();
    gt.get("cost_tie_sensitive_masks").forEach(m -> tieSensitive.add(m.asLong()));
    double[] q = new double[p.universeSize()];
    double[] a = new double[p.universeSize()];
    for (int i = 0; i < q.length; i++) {
      q[i] = p.has(i) ? p.q(i) : 0;
      a[i] = p.has(i) ? p.a(i) : 0; // no profile: never used
    }
    int checked = 0;
    for (var e : gt.get("cost_by_mask").properties()) {
      long mask = Long.parseLong(e.getKey());
      double ours = table.cost(mask);
      int[] members = IntStream.range(0, 64).filter(i -> (mask >>> i & 1) == 1).toArray();
      double naive = NaiveCost.cost(members, p.names(), q, a, t.threshold());
      assertThat(ours).as("fast == naive at mask " + mask).isEqualTo(naive);
      if (!tieSensitive.contains(mask)) {
        assertThat(ours).as("cost of mask " + mask).isCloseTo(e.getValue().asDouble(), within(1e-12));
      }
      checked++;
    }
    assertThat(checked).isEqualTo(1 << p.universeSize());
  }

  @Test
  void realRunsProfilesAndUsedSetMatch() {
    checkReal("runs.csv", "goldens/real-runs.json");
  }

  @Test
  void realRuns2ProfilesAndUsedSetMatch() {
    checkReal("runs2.csv", "goldens/real-runs2.json");
  }

  private static void checkReal(String csv, String golden) {
    JsonNode g = Reference.json(Reference.file(golden));
    Analysis an = analyse(Reference.file(csv));
    JsonNode core = g.get("core_seed0").deepCopy();
    assertThat(an.models()).containsExactly(strings(core.get("S")));
    ((com.fasterxml.jackson.databind.node.ObjectNode) core).set("profiles", g.get("profiles"));
    TaskAnalysis t = an.task(core.get("task").asText());
    checkProfiles(t, core, 2.3e-16);
    assertThat(t.migNodeCount().longValue()).isEqualTo(core.get("mig_node_count").asLong());
    assertThat(t.costOfS()).isCloseTo(core.get("cost_S").asDouble(), within(1e-15));
  }

  static String[] strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(x -> out.add(x.asText()));
    return out.toArray(new String[0]);
  }
}
