package dev.llmchem.engine;

import dev.llmchem.engine.bootstrap.BootstrapOptions;
import dev.llmchem.engine.bootstrap.Replicates;
import dev.llmchem.engine.bootstrap.Resampler;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import dev.llmchem.engine.bootstrap.TaskSample;
import dev.llmchem.engine.bootstrap.Unit;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.internal.Workers;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.recommend.Recommendation;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bootstrap confidence for an {@link Analysis}: how much each pair's chemistry and each task's
 * recommendation depend on which trials happen to be in the history. For each replicate the
 * task's trials (or rows, {@link Unit}) are drawn with replacement, the profiles rebuilt from
 * the drawn rows (same aggregation, S unchanged), and U, the cost table, CHEME and RECOMMEND
 * recomputed with the point run's CHEME method and RECOMMEND options
 * (design: {@code dev.llmchem.engine.bootstrap}). Replicates run in parallel; the draws are a
 * function of (seed, task, replicate) ({@link Resampler}), so the answer is the same for any
 * thread count. Built in O(rows) once per analysis; immutable and thread-safe.
 */
public final class Bootstrap {
  private final Analysis analysis;
  private final int[] start; // rows of cluster c: rows[start[c] .. start[c + 1])
  private final int[] rows;

  private Bootstrap(Analysis analysis, int[] start, int[] rows) {
    this.analysis = analysis;
    this.start = start;
    this.rows = rows;
  }

  /** Groups the analysed rows of {@code an} by task cluster, in file order: O(rows). */
  public static Bootstrap of(Analysis an) {
    History h = an.history();
    boolean keepChem = an.options().includeChemistryRows();
    byte chem = Strategy.CHEMISTRY.code();
    int clusters = an.tasks().size();
    int[] start = new int[clusters + 1];
    for (int r = 0; r < h.rows(); r++) {
      if (keepChem || h.strategy(r) != chem) {
        start[an.clusterOfTask(h.task(r)) + 1]++;
      }
    }
    for (int c = 0; c < clusters; c++) {
      start[c + 1] += start[c];
    }
    int[] fill = start.clone();
    int[] rows = new int[start[clusters]];
    for (int r = 0; r < h.rows(); r++) {
      if (keepChem || h.strategy(r) != chem) {
        rows[fill[an.clusterOfTask(h.task(r))]++] = r;
      }
    }
    return new Bootstrap(an, start, rows);
  }

  /** The analysis resampled. */
  public Analysis analysis() { return analysis; }

  /** Cluster index of {@code t}, which must be a task of this analysis. */
  private int cluster(TaskAnalysis t) {
    int c = analysis.taskIndex().clusterOf(t.prototype());
    if (c < 0 || analysis.tasks().get(c) != t) {
      throw new IllegalArgumentException("task '" + t.prototype() + "' is not a task of the"
          + " analysis this bootstrap was built on");
    }
    return c;
  }

  /** The resampling view of task {@code t}: its units and candidate rows (O(rows of t)). */
  public TaskSample sample(TaskAnalysis t, Unit unit) {
    int c = cluster(t);
    int[] mine = java.util.Arrays.copyOfRange(rows, start[c], start[c + 1]);
    return new TaskSample(analysis.history(), mine, analysis.sIndexInPlace(),
        t.universeSize(), unit, analysis.options().aggregate());
  }

  /** The multiplicity of each unit of {@code t} in replicate {@code r} under {@code o}. */
  public int[] counts(TaskAnalysis t, BootstrapOptions o, int r) {
    TaskSample s = sample(t, o.unit());
    return Resampler.counts(Resampler.streams(o.seed(), cluster(t), r + 1)[r], s.units());
  }

  /** Replicate {@code r} of task {@code t} as a task analysis of its own (tests, inspection). */
  public TaskAnalysis replicate(TaskAnalysis t, BootstrapOptions o, int r) {
    return analyse(t, sample(t, o.unit()), counts(t, o, r));
  }

  private TaskAnalysis analyse(TaskAnalysis t, TaskSample s, int[] counts) {
    return analyse(t, s, counts, analysis.options());
  }

  private static TaskAnalysis analyse(TaskAnalysis t, TaskSample s, int[] counts,
      AnalysisOptions options) {
    TaskProfiles p = s.profiles(counts, t.prototype(), t.profiles().taskStrings(), t.models());
    return new TaskAnalysis(p, options);
  }

  /**
   * Bootstraps CHEME of every pair with a point entry and RECOMMEND with {@code recommend}
   * (null: chemistry only).
   *
   * @param t a task of the analysis
   * @param point t's chemistry (its method is used in every replicate)
   * @param o replicates, seed, unit, threads, progress
   * @param recommend RECOMMEND's options, or null for chemistry only
   * @param tau the pairs listed: point entries with chem &gt;= tau
   * @param strict list only chem &gt; tau
   * @throws CancelledException when {@code o.progress()} cancels the run
   */
  public TaskBootstrap run(TaskAnalysis t, Chemistry point, BootstrapOptions o,
      RecommendOptions recommend, double tau, boolean strict) {
    return run(t, cluster(t), sample(t, o.unit()), analysis.options(), point, o, recommend, tau,
        strict);
  }

  /**
   * As {@link #run(TaskAnalysis, Chemistry, BootstrapOptions, RecommendOptions, double,
   * boolean)} for a task whose rows are held apart from any {@link Analysis}: a distributed
   * runner groups each task's analysed rows where its profiles are analysed, builds the
   * task's {@link TaskSample} from them (rows in file order, S the analysis' S) and passes the
   * task's cluster index, which seeds its draws. The same draws and the same result as the
   * task of an analysis.
   *
   * @param task the cluster index of {@code t} in its analysis (first-appearance order)
   * @param sample t's analysed rows, in file order, under {@code o.unit()}
   * @param options the analysis options t was analysed with
   */
  public static TaskBootstrap run(TaskAnalysis t, int task, TaskSample sample,
      AnalysisOptions options, Chemistry point, BootstrapOptions o, RecommendOptions recommend,
      double tau, boolean strict) {
    if (sample.unit() != o.unit() || sample.models() != t.universeSize()) {
      throw new IllegalArgumentException("the sample's unit and |S| must be the options' and"
          + " the task's");
    }
    int[] p = point.matrix().pairs(tau, strict);
    int np = p.length / 2;
    int[] pa = new int[np];
    int[] pb = new int[np];
    double[] pv = new double[np];
    for (int k = 0; k < np; k++) {
      pa[k] = p[2 * k];
      pb[k] = p[2 * k + 1];
      pv[k] = point.chem(pa[k], pb[k]);
    }
    Recommendation pointRec = recommend == null ? null : point.recommend(recommend);
    Replicates rep = new Replicates(o.replicates(), t.models(), pa, pb, pv, recommend != null);
    SplittableRandom[] streams = Resampler.streams(o.seed(), task, o.replicates());
    ProgressListener quiet = TaskRunner.cancelOnly(o.progress());
    ChemeOptions cheme = new ChemeOptions(point.method(), 1, quiet);
    RecommendOptions ro = recommend == null ? null
        : recommend.withThreads(1).withProgress(quiet);
    int b = o.replicates();
    AtomicInteger next = new AtomicInteger();
    o.progress().start("bootstrap of " + b + " replicates", b);
    int workers = Math.min(Workers.resolve(o.threads()), b);
    boolean cancelled = Workers.withThreads(workers, pool -> Workers.run(workers, pool,
        o.progress(), (w, stop) -> {
          for (int r = next.getAndIncrement(); r < b && !stop.poll();
              r = next.getAndIncrement()) {
            one(t, sample, options, streams[r], r, cheme, ro, rep);
            o.progress().advance(1);
          }
        }));
    o.progress().finish();
    if (cancelled) {
      throw new CancelledException("bootstrap of " + b + " replicates",
          Math.min(1.0, (double) next.get() / b));
    }
    return rep.summarise(t.prototype(), o.seed(), o.unit(), sample.units(),
        pointRec == null ? 0 : pointRec.mask(),
        pointRec == null ? null : pointRec.reason(),
        pointRec == null ? Double.NaN : pointRec.loss());
  }

  /** As above, listing every point entry, with RECOMMEND's defaults. */
  public TaskBootstrap run(TaskAnalysis t, BootstrapOptions o) {
    Chemistry point = t.chemistry(ChemeOptions.defaults().withThreads(o.threads()));
    return run(t, point, o, RecommendOptions.defaults(), 0.0, false);
  }

  private static void one(TaskAnalysis t, TaskSample sample, AnalysisOptions options,
      SplittableRandom rng, int r, ChemeOptions cheme, RecommendOptions ro, Replicates rep) {
    TaskAnalysis ta = analyse(t, sample, Resampler.counts(rng, sample.units()), options);
    Chemistry c = ta.chemistry(cheme);
    for (int k = 0; k < rep.pairs(); k++) {
      int a = rep.pairA(k);
      int b = rep.pairB(k);
      rep.pair(r, k, c.chem(a, b), c.matrix().hasEntry(a, b));
    }
    if (ro != null) {
      Recommendation x = c.recommend(ro);
      rep.recommendation(r, x.mask(), x.loss(), x.reason());
    }
  }
}
