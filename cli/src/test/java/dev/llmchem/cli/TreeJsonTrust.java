package dev.llmchem.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmchem.engine.bootstrap.Frequency;
import dev.llmchem.engine.bootstrap.PairInterval;
import dev.llmchem.engine.bootstrap.RecommendStability;
import dev.llmchem.engine.bootstrap.Summary;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import dev.llmchem.engine.recommend.Explanation;

/**
 * The tree-built oracle of the issue 21 shapes that {@link TreeJson} predates: the pair
 * intervals and the "bootstrap" objects of {@code --bootstrap}, and the "explain" object of
 * {@code recommend --explain}, built as Jackson trees from the engine's records by the field
 * lists of contract section 12 (not from the CLI's streaming writers, whose bytes
 * {@link StreamedJsonTest} compares with these).
 */
final class TreeJsonTrust {
  /** Contract section 12: "percentiles" names the definition. */
  static final String PERCENTILES = "type 7 (numpy.percentile default): linear between order"
      + " statistics, h = (B - 1) p";

  private TreeJsonTrust() { }

  /** A chemistry entry's interval fields under {@code --bootstrap} (after a, b, chem). */
  static void interval(ObjectNode en, PairInterval p) {
    Summary v = p.values();
    en.put("mean", v.mean()).put("ci_low", v.lo()).put("median", v.median())
        .put("ci_high", v.hi()).put("min", v.min()).put("max", v.max());
    en.put("p_positive", p.positive()).put("present", p.present()).put("solid", p.solid());
  }

  /** The "bootstrap" object's fields common to chemistry and recommend. */
  static ObjectNode header(ObjectNode o, TaskBootstrap b) {
    return o.put("replicates", b.replicates()).put("seed", b.seed())
        .put("resample", b.unit().label()).put("units", b.units())
        .put("percentiles", PERCENTILES);
  }

  /** The recommend object's "bootstrap" member. */
  static void stability(ObjectNode task, TaskBootstrap b) {
    RecommendStability s = b.recommend();
    ObjectNode o = header(task.putObject("bootstrap"), b);
    o.putObject("same_set").put("count", s.same().count()).put("share", s.same().share());
    o.put("distinct_sets", s.distinctSets());
    ArrayNode sets = o.putArray("sets");
    for (Frequency f : s.sets()) {
      ObjectNode e = sets.addObject();
      e.set("models", TreeJson.strings(f.models()));
      e.put("count", f.count()).put("share", f.share());
    }
    ArrayNode inclusion = o.putArray("inclusion");
    for (Frequency f : s.inclusion()) {
      inclusion.addObject().put("model", f.models().get(0)).put("count", f.count())
          .put("share", f.share());
    }
    ObjectNode loss = o.putObject("loss");
    Summary l = s.loss();
    loss.put("n", l.n());
    TreeJson.put(loss, "mean", l.mean());
    TreeJson.put(loss, "ci_low", l.lo());
    TreeJson.put(loss, "median", l.median());
    TreeJson.put(loss, "ci_high", l.hi());
    TreeJson.put(loss, "min", l.min());
    TreeJson.put(loss, "max", l.max());
    ArrayNode reasons = o.putArray("reasons");
    for (RecommendStability.ReasonCount r : s.reasons()) {
      reasons.addObject().put("reason", r.reason()).put("count", r.count());
    }
  }

  /** The recommend object's "explain" member. */
  static void explain(ObjectNode task, Explanation e) {
    ObjectNode o = task.putObject("explain");
    TreeJson.put(o, "max_total_chem", e.maxT());
    TreeJson.put(o, "max_inter_chem", e.maxI());
    o.set("cut_a", TreeJson.strings(e.cutA()));
    o.set("cut_b", TreeJson.strings(e.cutB()));
    o.put("intra", e.intra()).put("inter", e.inter());
    o.putObject("loss_terms").put("inter", e.interTerm()).put("intra", e.intraTerm())
        .put("size", e.sizeTerm());
    ArrayNode members = o.putArray("members");
    for (Explanation.Member m : e.members()) {
      ObjectNode jm = members.addObject().put("model", m.model()).put("inside", m.inside())
          .put("outside", m.outside());
      ArrayNode links = jm.putArray("links");
      for (Explanation.Link l : m.links()) {
        links.addObject().put("model", l.model()).put("chem", l.chem())
            .put("member", l.member());
      }
    }
    ArrayNode deciding = o.putArray("deciding_pairs");
    for (Explanation.Pair p : e.deciding()) {
      ObjectNode jp = deciding.addObject().put("a", p.a()).put("b", p.b()).put("chem", p.chem())
          .put("kind", p.inside() ? "inside" : "across");
      if (p.witness() != null) {
        jp.set("witness", TreeJson.strings(p.witness()));
      }
    }
    if (e.fallback() != null) {
      ObjectNode f = o.putObject("fallback").put("policy", e.fallback().policy());
      ArrayNode models = f.putArray("models");
      for (Explanation.Judged j : e.fallback().models()) {
        models.addObject().put("model", j.model()).put("a", j.a()).put("q", j.q())
            .put("verdict", j.verdict());
      }
    }
    if (e.runnerUps() == null) {
      o.put("runner_ups_note", e.runnerUpsNote());
      return;
    }
    ArrayNode ups = o.putArray("runner_ups");
    for (Explanation.RunnerUp r : e.runnerUps()) {
      ObjectNode ju = ups.addObject();
      ju.set("models", TreeJson.strings(r.models()));
      ju.put("loss", r.loss());
      TreeJson.put(ju, "margin", r.margin());
      ju.put("answer", r.answer());
    }
  }
}
