package dev.llmchem.eval;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The evaluation inputs of one task cluster: its configurations, the soft-voting table and
 * (computed on first use, once) the configuration chemistry from the task's CHEME snapshot.
 * Immutable apart from that lazy snapshot; the table builders {@link Rq1}, {@link Rq2},
 * {@link Rq3} and the maps read it.
 */
public final class TaskEvaluation {
  /** The baselines in the reference's order (which also breaks ties for the best). */
  public static final List<Strategy> BASELINES =
      List.of(Strategy.RANDOM, Strategy.PERFORMANCE, Strategy.REMOTE, Strategy.LOCAL);

  private final String prototype;
  private final History history;
  private final Configurations configurations;
  private final SoftVoting voting;
  private final EvalOptions options;
  private final Supplier<Chemistry> chemistry;
  private volatile ConfigChemistry configChemistry;

  private TaskEvaluation(String prototype, History history, Configurations configurations,
      SoftVoting voting, EvalOptions options, Supplier<Chemistry> chemistry) {
    this.prototype = prototype;
    this.history = history;
    this.configurations = configurations;
    this.voting = voting;
    this.options = options;
    this.chemistry = chemistry;
  }

  /** Evaluation of task {@code t} of {@code an}, CHEME by the task's defaults. */
  public static TaskEvaluation of(Analysis an, TaskAnalysis t, EvalOptions o) {
    return of(an, t, o, t::chemistry);
  }

  /** As {@link #of(Analysis, TaskAnalysis, EvalOptions)} with a caller-chosen CHEME run. */
  public static TaskEvaluation of(Analysis an, TaskAnalysis t, EvalOptions o,
      Supplier<Chemistry> chemistry) {
    int cluster = an.tasks().indexOf(t);
    History h = an.history();
    boolean[] use = new boolean[h.rows()];
    boolean[] inCluster = new boolean[h.taskCount()];
    for (int k = 0; k < inCluster.length; k++) {
      inCluster[k] = an.taskIndex().clusterOf(h.taskName(k)) == cluster;
    }
    for (int r = 0; r < use.length; r++) {
      use[r] = inCluster[h.task(r)];
    }
    return new TaskEvaluation(t.prototype(), h,
        Configurations.build(h, an.taskIndex(), cluster), SoftVoting.of(h, use), o, chemistry);
  }

  /** The task's prototype string. */
  public String prototype() { return prototype; }

  /** The history evaluated. */
  public History history() { return history; }

  /** The configurations by strategy. */
  public Configurations configurations() { return configurations; }

  /** The soft-voting table. */
  public SoftVoting voting() { return voting; }

  /** The options in force. */
  public EvalOptions options() { return options; }

  /** Configuration chemistry (runs CHEME on first use). */
  public ConfigChemistry configChemistry() {
    ConfigChemistry c = configChemistry;
    if (c == null) {
      synchronized (this) {
        c = configChemistry;
        if (c == null) {
          c = ConfigChemistry.of(history, chemistry.get());
          configChemistry = c;
        }
      }
    }
    return c;
  }

  /** The CI of a configuration's members in [0,1]^2 under the options' scale and alpha. */
  public double complementarity(Configuration c) {
    return c.complementarity(options.scale(), Box.UNIT, options.alpha());
  }

  /**
   * RQ2/RQ3's configurations of group {@code g}: those of the four baselines (REMOTE, LOCAL,
   * RANDOM, PERFORMANCE) with the RQ2/RQ3 size rule, duplicates removed (the reference
   * collects them in a set of member sets: same trial and same members count once).
   */
  public List<Configuration> distinctBaselineConfigurations(SizeGroup g) {
    List<Configuration> out = new ArrayList<>();
    Set<List<Long>> seen = new HashSet<>();
    for (Strategy s : List.of(Strategy.REMOTE, Strategy.LOCAL, Strategy.RANDOM,
        Strategy.PERFORMANCE)) {
      for (Configuration c : configurations.of(s, g, SizeGroup.Rule.RQ2_RQ3)) {
        if (seen.add(memberKey(c))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Trial id then the members as sorted (model, q bits, a bits) triples. */
  private static List<Long> memberKey(Configuration c) {
    long[][] t = new long[c.size()][];
    for (int i = 0; i < t.length; i++) {
      t[i] = new long[] {c.model(i), Double.doubleToLongBits(c.quality(i) + 0.0),
          Double.doubleToLongBits(c.accuracy(i) + 0.0)};
    }
    Arrays.sort(t, Arrays::compare);
    List<Long> key = new ArrayList<>(1 + 3 * t.length);
    key.add((long) c.trialId());
    for (long[] m : t) {
      key.add(m[0]);
      key.add(m[1]);
      key.add(m[2]);
    }
    return key;
  }
}
