package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.mig.Mig;
import dev.llmchem.engine.mig.NaiveCovering;
import dev.llmchem.engine.mig.UsedMap;
import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parity with the reference's outputs: from each golden's {@code cost_by_mask} build the dense
 * table over U, then check the MIG node count, covering lookups, and chem (entry set and
 * values) of the naive, dense and parallel kernels.
 */
class GoldenParityTest {

  @Test
  void syntheticGoldens() {
    int tasks = 0;
    for (Path f : Reference.syntheticGoldens()) {
      JsonNode root = Reference.json(f);
      List<String> s = strings(root.get("S"));
      for (Iterator<Map.Entry<String, JsonNode>> it = root.get("tasks").properties().iterator();
          it.hasNext();) {
        Map.Entry<String, JsonNode> t = it.next();
        JsonNode task = t.getValue();
        check(f.getFileName() + " / " + t.getKey(), s, strings(task.get("U")),
            task.get("cost_by_mask"), task.get("cost_tie_sensitive_masks"),
            task.get("mig_node_count").asLong(), task.get("chem"), 1e-12);
        tasks++;
      }
    }
    assertThat(tasks).isGreaterThanOrEqualTo(7);
  }

  @Test
  void realRuns() {
    for (String name : new String[] {"goldens/real-runs.json", "goldens/real-runs2.json"}) {
      JsonNode core = Reference.json(Reference.file(name)).get("core_seed0");
      check(name, strings(core.get("S")), strings(core.get("U")), core.get("cost_by_mask"),
          null, core.get("mig_node_count").asLong(), core.get("chem_unordered"), 1e-11);
    }
  }

  private static void check(String what, List<String> s, List<String> u, JsonNode costByMask,
      JsonNode tieSensitive, long migNodes, JsonNode chem, double tol) {
    int[] uToS = new int[u.size()];
    for (int j = 0; j < uToS.length; j++) {
      uToS[j] = s.indexOf(u.get(j));
    }
    UsedMap map = new UsedMap(s.size(), uToS);
    double[] cost = new double[1 << u.size()];
    for (int y = 0; y < cost.length; y++) {
      cost[y] = costByMask.get(Long.toString(map.expand(y))).asDouble();
    }
    List<Long> ties = new ArrayList<>();
    if (tieSensitive != null) {
      tieSensitive.forEach(n -> ties.add(n.asLong()));
    }
    Mig mig = Mig.build(map, cost);
    assertThat((long) mig.nodeCount()).as(what + " MIG nodes").isEqualTo(migNodes)
        .isEqualTo(Mig.expectedNodeCount(s.size(), u.size()));
    for (long x = 0; x < 1L << s.size(); x++) {
      double expect = costByMask.get(Long.toString(x)).asDouble();
      if (!ties.contains(x)) {
        assertThat(cost[map.compress(x)]).as(what + " cost_by_mask[" + x + "]")
            .isEqualTo(expect);
      }
      assertThat(mig.costOf(x)).as(what + " covering " + x)
          .isEqualTo(mig.cost(NaiveCovering.covering(mig, x)));
    }
    ChemMatrix naive = NaiveCheme.compute(cost, map);
    ChemMatrix dense = DenseCheme.sequential(cost, map);
    ChemMatrix par = DenseCheme.parallel(cost, map);
    assertThat(par).as(what).isEqualTo(dense);
    for (ChemMatrix m : new ChemMatrix[] {naive, dense}) {
      assertThat(m.entryCount()).as(what + " entry count").isEqualTo(chem.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = chem.properties().iterator();
          it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        String[] ab = e.getKey().split("\\|");
        int a = s.indexOf(ab[0]);
        int b = s.indexOf(ab[1]);
        assertThat(m.hasEntry(a, b)).as(what + " entry " + e.getKey()).isTrue();
        assertThat(m.chem(a, b)).as(what + " chem " + e.getKey())
            .isCloseTo(e.getValue().asDouble(), org.assertj.core.data.Offset.offset(tol));
      }
    }
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(n -> out.add(n.asText()));
    return out;
  }
}
