package dev.llmchem.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.Bootstrap;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.bootstrap.BootstrapOptions;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import dev.llmchem.engine.bootstrap.Unit;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.mig.Mig;
import dev.llmchem.engine.mig.MigExport;
import dev.llmchem.engine.mig.UsedMap;
import dev.llmchem.engine.profile.Ranking;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.profile.UsedSet;
import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.Recommendation;
import dev.llmchem.eval.EvalOptions;
import dev.llmchem.eval.Rq1;
import dev.llmchem.eval.Rq1Row;
import dev.llmchem.eval.Rq2;
import dev.llmchem.eval.Rq2Row;
import dev.llmchem.eval.Rq3;
import dev.llmchem.eval.Rq3Row;
import dev.llmchem.eval.TaskEvaluation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The JSON of {@code rank}, {@code profile}, {@code chemistry}, {@code recommend}, {@code mig}
 * and {@code eval} as the CLI built it before it streamed: a whole Jackson tree per document,
 * then written by the mapper. Kept verbatim (only {@code this.} became {@code c.}) as the oracle
 * of {@link StreamedJsonTest}: the streamed bytes must equal these. It parses the same
 * arguments with picocli and calls the same engine methods. The shapes that came after the
 * streaming (bootstrap intervals and stability, explanations) are built in the same style by
 * {@link TreeJsonTrust}.
 */
final class TreeJson {
  private TreeJson() { }

  /** stdout of {@code chem args} (a --json command line) as the tree-built CLI wrote it. */
  static String run(String... args) {
    CommandLine cl = Main.commandLine(args);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    CommandLine.ParseResult pr = cl.parseArgs(args);
    Object cmd = pr.subcommand().commandSpec().userObject();
    PrintWriter err = new PrintWriter(new StringWriter());
    JsonNode root;
    if (cmd instanceof RankCommand c) {
      root = rank(c, err);
    } else if (cmd instanceof ProfileCommand c) {
      root = profile(c, err);
    } else if (cmd instanceof ChemistryCommand c) {
      root = chemistry(c, err);
    } else if (cmd instanceof RecommendCommand c) {
      root = recommend(c, err);
    } else if (cmd instanceof MigCommand c) {
      root = mig(c, err);
    } else if (cmd instanceof EvalCommand c) {
      root = eval(c, err);
    } else {
      throw new IllegalArgumentException("no tree oracle for " + args[0]);
    }
    StringWriter out = new StringWriter();
    print(new PrintWriter(out, true), root);
    return out.toString();
  }

  /** The former {@code Json.print}. */
  static void print(PrintWriter out, JsonNode node) {
    try {
      Json.MAPPER.writeValue(out, node);
      out.println();
      out.flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object() {
    return Json.MAPPER.createObjectNode();
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  static ObjectNode rank(RankCommand c, PrintWriter err) {
    History h = c.input.ingest(err).history();
    List<Ranking.Entry> ranking = Ranking.rank(h, c.by);
    ObjectNode root = object();
    ArrayNode ranks = root.putArray("ranks");
    for (int k : c.ks) {
      ObjectNode r = ranks.addObject();
      r.put("k", k);
      r.set("models", strings(Ranking.top(ranking, k).stream().map(Ranking.Entry::model).toList()));
    }
    root.put("by", c.by.name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode all = root.putArray("ranking");
    for (Ranking.Entry e : ranking) {
      all.addObject().put("model", e.model()).put("max", e.max()).put("mean", e.mean()).put("rows", e.rows());
    }
    return root;
  }

  static ObjectNode profile(ProfileCommand c, PrintWriter err) {
    Analysis an = c.options.analyse(err);
    ObjectNode root = object();
    ArrayNode tasks = root.putArray("tasks");
    for (TaskAnalysis t : c.options.tasks(an)) {
      tasks.add(profile(t));
    }
    return root;
  }

  static ObjectNode profile(TaskAnalysis t) {
    TaskProfiles p = t.profiles();
    ObjectNode o = object();
    o.put("task", t.prototype());
    o.set("task_strings", strings(p.taskStrings()));
    o.set("models", strings(Arrays.asList(t.models())));
    o.set("used", strings(t.usedNames()));
    ObjectNode profiles = o.putObject("profiles");
    int[] rank = ProfileCommand.ranks(t);
    for (int i = 0; i < p.universeSize(); i++) {
      if (p.has(i)) {
        ObjectNode m = profiles.putObject(p.name(i));
        m.put("q", p.q(i)).put("a", p.a(i)).put("trial", p.trial(i))
            .put("used", rank[i] > 0).put("penalty", UsedSet.penalty(p.q(i), p.a(i)));
        if (rank[i] > 0) {
          m.put("rank", rank[i]);
        }
      }
    }
    o.put("cost_S", t.costOfS());
    o.put("mig_nodes", t.migNodeCount());
    return o;
  }

  /** {@code --index shapley|banzhaf} (issue 22), built as a tree like the others. */
  static ObjectNode interactions(ChemistryCommand c, PrintWriter err) {
    dev.llmchem.engine.interaction.InteractionIndex index =
        dev.llmchem.engine.interaction.InteractionIndex.parse(c.chem.index);
    Analysis an = c.options.analyse(err);
    ObjectNode root = object();
    root.put("index", index.label());
    ArrayNode tasks = root.putArray("tasks");
    for (TaskAnalysis t : c.options.tasks(an)) {
      dev.llmchem.engine.interaction.InteractionMatrix m = t.interactions(index,
          ChemeOptions.defaults().withMethod(c.chem.method).withThreads(c.threads));
      ObjectNode o = tasks.addObject();
      o.put("task", t.prototype());
      o.set("models", strings(Arrays.asList(t.models())));
      o.set("used", strings(t.usedNames()));
      ArrayNode entries = o.putArray("entries");
      for (dev.llmchem.engine.interaction.InteractionMatrix.Entry e : m.entries()) {
        entries.addObject().put("a", e.a()).put("b", e.b()).put(index.label(), e.value());
      }
      o.put("index", index.label()).put("method", m.method());
      int u = m.usedCount();
      o.put("pairs_in_u", (long) u * (u - 1) / 2);
    }
    return root;
  }

  static ObjectNode chemistry(ChemistryCommand c, PrintWriter err) {
    if (!c.chem.index.equalsIgnoreCase("cheme")) {
      return interactions(c, err);
    }
    ChemeOptions.Method run = c.chem.witness ? ChemeOptions.Method.EXACT_EQ1 : c.chem.method;
    Analysis an = c.options.analyse(err);
    Bootstrap boot = c.boot.on() ? Bootstrap.of(an) : null;
    ObjectNode root = object();
    root.put("index", "cheme"); // added with --index (issue 22): the document names its index
    ArrayNode tasks = root.putArray("tasks");
    boolean strict = !c.chem.inclusive && c.chem.tau > 0;
    for (TaskAnalysis t : c.options.tasks(an)) {
      Chemistry ch = c.options.chemistry(t, run, c.threads, err);
      List<Chemistry.Entry> kept = ch.entries(c.chem.tau, strict);
      ObjectNode o = tasks.addObject();
      o.put("task", t.prototype());
      o.set("models", strings(Arrays.asList(t.models())));
      o.set("used", strings(t.usedNames()));
      TaskBootstrap tb = boot == null ? null : boot.run(t, ch, bootOptions(c.boot, c.threads),
          null, c.chem.tau, strict);
      ArrayNode entries = o.putArray("entries");
      for (Chemistry.Entry e : kept) {
        ObjectNode en = entries.addObject().put("a", e.a()).put("b", e.b()).put("chem", e.chem());
        if (tb != null) {
          TreeJsonTrust.interval(en, tb.pair(e.a(), e.b()));
        }
        if (c.chem.witness) {
          en.set("witness", strings(ch.witness(e.a(), e.b())));
        }
      }
      o.put("tau", c.chem.tau).put("inclusive", c.chem.inclusive).put("method", ch.method().label())
          .put("kernel", ch.kernel());
      o.put("evaluated_pairs", ch.entryCount());
      ArrayNode parts = o.putArray("partition");
      ch.stablePartition(c.chem.tau, strict).forEach(p -> parts.add(strings(p)));
      if (tb != null) {
        TreeJsonTrust.header(o.putObject("bootstrap"), tb);
      }
    }
    return root;
  }

  static ObjectNode recommend(RecommendCommand c, PrintWriter err) {
    RecommendParams params = c.loss.params(c.fallback.policy()); // the fallback options came later
    Analysis an = c.options.analyse(err);
    Bootstrap boot = c.boot.on() ? Bootstrap.of(an) : null;
    ObjectNode root = object();
    ArrayNode tasks = root.putArray("tasks");
    for (TaskAnalysis t : c.options.tasks(an)) {
      Chemistry ch = c.options.chemistry(t, ChemeOptions.Method.AUTO, c.threads, err);
      RecommendOptions ro = new RecommendOptions(c.loss.method, params, c.loss.size, c.threads,
          dev.llmchem.engine.control.ProgressListener.NONE);
      TaskBootstrap tb = boot == null ? null : boot.run(t, ch, bootOptions(c.boot, c.threads),
          ro, 0.0, false);
      Recommendation r = ch.recommend(ro);
      ObjectNode o = tasks.addObject();
      o.put("task", t.prototype());
      if (r.isPresent()) {
        o.set("recommended", strings(ch.names(r)));
      } else {
        o.putNull("recommended");
      }
      if (Double.isNaN(r.loss())) {
        o.putNull("loss");
      } else {
        o.put("loss", r.loss());
      }
      o.put("reason", r.reason().jsonName());
      o.put("method", c.loss.method.name().toLowerCase(Locale.ROOT)).put("size", c.loss.size);
      o.put("explanation", r.details().explanation());
      putFinite(o, "max_total_chem", r.details().maxTotalChem());
      putFinite(o, "max_inter_chem", r.details().maxInterChem());
      o.put("configurations", r.details().configurations()).put("chem_entries", ch.entryCount());
      o.put("chem_method", ch.method().label());
      o.put("chem_kernel", ch.kernel());
      if (ch.whyNoEntries() != null) {
        o.put("no_entries_because", ch.whyNoEntries());
      }
      if (c.explain) {
        TreeJsonTrust.explain(o, ch.explain(r, ro));
      }
      if (tb != null) {
        TreeJsonTrust.stability(o, tb);
      }
    }
    return root;
  }

  /** The bootstrap options of {@code --bootstrap B --seed S --resample U} on one thread count. */
  static BootstrapOptions bootOptions(BootstrapMixin b, int threads) {
    return new BootstrapOptions(b.replicates, b.seed, Unit.parse(b.resample), threads,
        dev.llmchem.engine.control.ProgressListener.NONE);
  }

  private static void putFinite(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }

  static ObjectNode mig(MigCommand c, PrintWriter err) {
    Analysis an = c.options.analyse(err);
    ObjectNode root = object();
    ArrayNode tasks = root.putArray("tasks");
    for (TaskAnalysis t : c.options.tasks(an)) {
      CostTable cost = t.costTable();
      Mig mig = Mig.build(new UsedMap(t.universeSize(), cost.bitToS()), cost.table());
      String[] names = t.models();
      ObjectNode o = tasks.addObject();
      o.put("task", t.prototype()).put("node_count", mig.nodeCount()).put("edge_count", mig.edgeCount());
      ArrayNode nodes = o.putArray("nodes");
      for (MigExport.Node n : MigExport.nodes(mig, names)) {
        ObjectNode jn = nodes.addObject();
        jn.put("id", n.id()).put("cost", n.cost());
        jn.set("members", strings(n.members()));
        jn.set("used", strings(n.used()));
        ArrayNode ch = jn.putArray("children");
        n.children().forEach(ch::add);
        jn.set("removed", strings(n.removed()));
      }
    }
    return root;
  }

  static ObjectNode eval(EvalCommand c, PrintWriter err) {
    Analysis an = c.options.analyse(err);
    EvalOptions eo = EvalOptions.defaults().withScale(c.scaleOption.scale)
        .withComplexity(c.complexity);
    List<Rq1Row> rq1 = new ArrayList<>();
    List<Rq2Row> rq2 = new ArrayList<>();
    List<Rq3Row> rq3 = new ArrayList<>();
    for (TaskAnalysis t : c.options.tasks(an)) {
      TaskEvaluation te = TaskEvaluation.of(an, t, eo,
          () -> c.options.chemistry(t, ChemeOptions.Method.AUTO, c.threads, err));
      StderrProgress progress = c.options.progress();
      if (wants(c, EvalCommand.Question.RQ1)) {
        rq1.addAll(Rq1.rows(te, progress));
      }
      if (wants(c, EvalCommand.Question.RQ2)) {
        rq2.addAll(Rq2.rows(te, progress));
      }
      if (wants(c, EvalCommand.Question.RQ3)) {
        rq3.addAll(Rq3.rows(te, progress));
      }
    }
    ObjectNode root = object();
    if (wants(c, EvalCommand.Question.RQ1)) {
      root.set("rq1", rq1Json(rq1));
    }
    if (wants(c, EvalCommand.Question.RQ2)) {
      root.set("rq2", rq2Json(rq2));
    }
    if (wants(c, EvalCommand.Question.RQ3)) {
      root.set("rq3", rq3Json(rq3));
    }
    root.put("quality_scale", c.scaleOption.scale.name().toLowerCase(java.util.Locale.ROOT));
    return root;
  }

  private static boolean wants(EvalCommand c, EvalCommand.Question q) {
    return c.question == q || c.question == EvalCommand.Question.ALL;
  }

  static ArrayNode rq1Json(List<Rq1Row> rows) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Rq1Row r : rows) {
      ObjectNode o = a.addObject();
      o.put("task", r.task()).put("n", r.group().n());
      put(o, "chemistry", r.chemistry());
      put(o, "best_baseline", r.bestBaseline());
      if (r.baseline() == null) {
        o.putNull("baseline");
      } else {
        o.put("baseline", r.baseline().name());
      }
      put(o, "improvement_pct", r.improvementPct());
      put(o, "p_value", r.pValue());
      ObjectNode s = o.putObject("strategies");
      r.strategies().forEach((k, v) -> {
        ObjectNode e = s.putObject(k.name()).put("configurations", v.configurations());
        put(e, "mean", v.mean());
      });
    }
    return a;
  }

  static ArrayNode rq2Json(List<Rq2Row> rows) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Rq2Row r : rows) {
      ObjectNode o = a.addObject();
      o.put("task", r.task()).put("n", r.group().n()).put("configurations", r.n());
      put(o, "r", r.r());
      put(o, "p_value", r.p());
      o.put("strength", r.strength()).put("significance", r.stars());
      if (r.note() == null) {
        o.putNull("note");
      } else {
        o.put("note", r.note());
      }
      ObjectNode ch = o.putObject("chemistry");
      put(ch, "min", r.chemistry().min());
      put(ch, "max", r.chemistry().max());
      put(ch, "mean", r.chemistry().mean());
      put(ch, "std", r.chemistry().std());
    }
    return a;
  }

  static ArrayNode rq3Json(List<Rq3Row> rows) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Rq3Row r : rows) {
      ObjectNode o = a.addObject();
      o.put("task", r.task()).put("complexity", r.complexity()).put("n", r.group().n())
          .put("configurations", r.n());
      put(o, "importance", r.importance());
      ObjectNode co = o.putObject("complementarity");
      put(co, "r", r.rComplementarity());
      put(co, "p_value", r.pComplementarity());
      ObjectNode e = o.putObject("effectiveness");
      put(e, "r", r.rEffectiveness());
      put(e, "p_value", r.pEffectiveness());
    }
    return a;
  }

  /** A finite number, or null. */
  static void put(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }
}
