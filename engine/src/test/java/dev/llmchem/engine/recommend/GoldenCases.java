package dev.llmchem.engine.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The RECOMMEND inputs and outputs of every golden task (synthetic files and both real runs),
 * read from the goldens' own chem / X_q / model_scores.
 *
 * <p>Chemistry values with |chem| &lt; 1e-15 are set to 0: the reference's rounding leaves
 * ~1e-17 where the exact value is 0, and SPEC 7 says our (exact) values decide the X_q filter,
 * so the tests feed the values our CHEME produces. An entry of value 0 still counts as an entry.
 */
final class GoldenCases {
  /** Below this a golden chemistry value is rounding noise of an exact 0. */
  static final double ZERO_NOISE = 1e-15;

  private GoldenCases() { }

  /** One task of one golden file. */
  record Case(String label, RecommendProblem problem, JsonNode task, JsonNode outcomes,
      double goldenMaxT, double goldenMaxI, Double goldenLoss, boolean fallbackUsed,
      boolean printedNoValid, List<String> goldenRecommend) {
    @Override
    public String toString() {
      return label;
    }
  }

  static List<Case> all() {
    List<Case> out = new ArrayList<>();
    for (Path f : Reference.syntheticGoldens()) {
      JsonNode d = Reference.json(f);
      String[] s = strings(d.get("S"));
      for (Map.Entry<String, JsonNode> e : d.get("tasks").properties()) {
        JsonNode t = e.getValue();
        JsonNode scores = t.get("model_scores");
        double[] a = new double[s.length];
        double[] q = new double[s.length];
        for (int i = 0; i < s.length; i++) {
          JsonNode sc = scores.get(s[i]);
          if (sc != null) {
            a[i] = sc.get(0).asDouble();
            q[i] = sc.get(1).asDouble();
          }
        }
        RecommendProblem p = problem(s, t.get("chem"), t.get("X_q"), a, q);
        out.add(new Case(f.getFileName() + " / " + e.getKey(), p, t,
            d.get("recommend_outcomes_seeds_0_to_9").get(e.getKey()),
            num(t.get("max_total_chem")), num(t.get("max_inter_chem")),
            t.get("recommend_loss").isNull() ? null : t.get("recommend_loss").asDouble(),
            t.get("fallback_used").asBoolean(),
            t.get("recommend_printed").asText().contains("No valid configurations"),
            t.get("recommend").isNull() ? null : Arrays.asList(strings(t.get("recommend")))));
      }
    }
    for (String name : List.of("goldens/real-runs.json", "goldens/real-runs2.json")) {
      JsonNode d = Reference.json(Reference.file(name));
      JsonNode c = d.get("core_seed0");
      String[] s = strings(c.get("S"));
      double[] a = new double[s.length];
      double[] q = new double[s.length];
      for (int i = 0; i < s.length; i++) {
        JsonNode pr = d.get("profiles").get(s[i]);
        a[i] = pr.get("a").asDouble();
        q[i] = pr.get("q").asDouble();
      }
      RecommendProblem p = problem(s, c.get("chem_unordered"), c.get("X_q"), a, q);
      JsonNode rl = c.get("recommend_loss");
      out.add(new Case(name, p, c, d.get("recommend_outcomes_seeds_0_to_9"),
          rl.get("max_total_chem").asDouble(), rl.get("max_inter_chem").asDouble(),
          rl.get("loss").asDouble(), false,
          c.get("recommend_printed").asText().contains("No valid configurations"),
          c.get("recommend").isNull() ? null : Arrays.asList(strings(c.get("recommend")))));
    }
    return out;
  }

  static RecommendProblem problem(String[] s, JsonNode chemNode, JsonNode xqNode, double[] a,
      double[] q) {
    int n = s.length;
    List<String> names = Arrays.asList(s);
    double[] chem = new double[n * n];
    boolean any = false;
    for (Map.Entry<String, JsonNode> e : chemNode.properties()) {
      String[] ab = e.getKey().split("\\|");
      int i = names.indexOf(ab[0]);
      int j = names.indexOf(ab[1]);
      double v = e.getValue().asDouble();
      if (Math.abs(v) < ZERO_NOISE) {
        v = 0.0;
      }
      chem[i * n + j] = v;
      chem[j * n + i] = v;
      any = true;
    }
    List<Long> xq = new ArrayList<>();
    for (JsonNode conf : xqNode) {
      xq.add(mask(names, strings(conf)));
    }
    return RecommendProblem.of(s, chem, any, xq.stream().mapToLong(Long::longValue).toArray(),
        a, q);
  }

  static long mask(List<String> names, String[] members) {
    long m = 0;
    for (String x : members) {
      int i = names.indexOf(x);
      if (i < 0) {
        throw new IllegalStateException("unknown model " + x);
      }
      m |= 1L << i;
    }
    return m;
  }

  static String[] strings(JsonNode arr) {
    String[] out = new String[arr.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = arr.get(i).asText();
    }
    return out;
  }

  private static double num(JsonNode x) {
    return x == null || x.isNull() ? Double.NaN : x.asDouble();
  }
}
