package dev.llmchem.engine;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.Eq1Result;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.internal.Workers;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.profile.UsedSet;
import dev.llmchem.engine.recommend.Explainer;
import dev.llmchem.engine.recommend.Explanation;
import dev.llmchem.engine.recommend.RecommendProblem;
import dev.llmchem.engine.recommend.Recommendation;
import dev.llmchem.engine.recommend.Recommender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An immutable snapshot of one task's chemistry: profiles, the cost table and the CHEME
 * matrix, built once per history. Every query method is lock-free, allocation-free unless it
 * returns a collection, and safe to call from any number of threads at once (all state is
 * final and never mutated after construction).
 */
public final class Chemistry {
  private final TaskProfiles profiles;
  private final UsedSet used;
  private final double threshold;
  private final CostTable cost;
  private final ChemMatrix matrix;
  private final ChemeOptions.Method method;
  private final String kernel;
  /** Built on first use ({@link #problem()}): a chemistry-only run never needs it. */
  private volatile RecommendProblem problem;
  /** Witnesses (exact-eq1 only, else null). */
  private final Eq1Result eq1;

  /** Largest |S| RECOMMEND takes (its subsets are 64-bit masks). */
  public static final int RECOMMEND_MAX_S = RecommendProblem.MAX_MODELS;

  /**
   * @param profiles the task's profiles (S, X_Q)
   * @param used U under {@code threshold}
   * @param cost the table in force, or null when exact-eq1 ran without one (costs are then
   *     priced per subset with the Eq. 1 arithmetic)
   * @param eq1 the exact-eq1 result holding witnesses, or null
   */
  Chemistry(TaskProfiles profiles, UsedSet used, double threshold, CostTable cost,
      ChemMatrix matrix, ChemeOptions.Method method, Eq1Result eq1) {
    this.profiles = profiles;
    this.used = used;
    this.threshold = threshold;
    this.cost = cost;
    this.matrix = matrix;
    this.method = method;
    this.kernel = ChemeRunner.kernel(method, matrix);
    this.eq1 = eq1;
  }

  /** A copy with other parts (the live analysis' slimmer and relined snapshots). */
  private Chemistry(TaskProfiles profiles, UsedSet used, double threshold, CostTable cost,
      ChemMatrix matrix, ChemeOptions.Method method, String kernel, RecommendProblem problem,
      Eq1Result eq1) {
    this.profiles = profiles;
    this.used = used;
    this.threshold = threshold;
    this.cost = cost;
    this.matrix = matrix;
    this.method = method;
    this.kernel = kernel;
    this.problem = problem;
    this.eq1 = eq1;
  }

  /**
   * The same snapshot without its 2^|U| cost table (costs are then priced per subset with the
   * same Eq. 1 arithmetic): what a live analysis keeps per task, so thousands of tasks do not
   * hold thousands of tables. Every answer is unchanged.
   */
  Chemistry withoutTable() {
    return new Chemistry(profiles, used, threshold, null, matrix, method, kernel, problem, eq1);
  }

  /**
   * The same chemistry over {@code p}, profiles of the same values as this snapshot's (only
   * source lines differ: {@link TaskProfiles#sameValues}), with U under the same threshold.
   */
  Chemistry withProfiles(TaskProfiles p, UsedSet u) {
    return new Chemistry(p, u, threshold, cost, matrix, method, kernel, problem, eq1);
  }

  /** RECOMMEND's input: S names, the chem matrix, X_Q as masks, (a, q) per model (0 without profile). */
  private static RecommendProblem problem(TaskProfiles p, ChemMatrix matrix) {
    int n = p.universeSize();
    double[] a = new double[n];
    double[] q = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = p.has(i) ? p.a(i) : 0;
      q[i] = p.has(i) ? p.q(i) : 0;
    }
    // X_Q as masks: the models of each trial (historicalConfigurations() as sets; the problem
    // sorts and de-duplicates them)
    java.util.Map<String, Long> byTrial = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      if (p.has(i)) {
        byTrial.merge(p.trial(i), 1L << i, (x, y) -> x | y);
      }
    }
    long[] xq = byTrial.values().stream().mapToLong(Long::longValue).toArray();
    return RecommendProblem.of(p.names(), matrix.toArray(), matrix.entryCount() > 0, xq, a, q);
  }

  /** One evaluated pair (a &lt; b by name) and its chemistry. */
  public record Entry(String a, String b, double chem) { }

  /** The method that computed the matrix (never AUTO: the method AUTO chose). */
  public ChemeOptions.Method method() { return method; }

  /**
   * The loop that computed the matrix: for the dense method "scalar" (JIT-vectorised Java
   * loops) or "vector-N" (the Vector API kernel with N double lanes, when the JVM has
   * {@code jdk.incubator.vector} and the {@code llmchem-vector} jar, for large |U|: see
   * {@link dev.llmchem.engine.cheme.DenseCheme#VECTOR_COLD_FROM_U}); for the other methods their
   * label ("exact-eq1", "naive"). The values do not depend on it.
   */
  public String kernel() { return kernel; }

  /** S names sorted; index = model id in every int-based method (a copy). */
  public String[] models() { return profiles.names(); }

  /** |S|. */
  public int size() { return matrix.size(); }

  /** The CHEME matrix over S indices. */
  public ChemMatrix matrix() { return matrix; }

  /**
   * The cost table in force (Eq. 1 or caller-supplied), or null when exact-eq1 ran without
   * building one (|U| beyond the dense tables).
   */
  public CostTable costTable() { return cost; }

  /** Profiles of the task. */
  public TaskProfiles profiles() { return profiles; }

  /** U in rank order, under the threshold in force. */
  public UsedSet used() { return used; }

  /** The usage threshold theta in force. */
  public double threshold() { return threshold; }

  /** S index of a model name, or an exception naming the unknown model. */
  public int indexOf(String model) {
    int i = profiles.indexOf(model);
    if (i < 0) {
      throw new IllegalArgumentException("unknown model '" + model + "'");
    }
    return i;
  }

  /** chem(a, b) by S index; 0 when the pair has no entry. */
  public double chem(int a, int b) { return matrix.chem(a, b); }

  /** chem(a, b) by name; 0 when the pair has no entry. */
  public double chem(String a, String b) { return matrix.chem(indexOf(a), indexOf(b)); }

  /** Whether CHEME evaluated the pair at least once. */
  public boolean hasEntry(String a, String b) { return matrix.hasEntry(indexOf(a), indexOf(b)); }

  /** Number of unordered pairs with an entry. */
  public int entryCount() { return matrix.entryCount(); }

  /** Cost of a subset of S given as an S-mask (bit i = i-th model by name). */
  public double cost(long sMask) {
    if (cost == null) {
      boolean[] in = new boolean[size()];
      for (long m = sMask; m != 0; m &= m - 1) {
        in[Long.numberOfTrailingZeros(m)] = true;
      }
      return used.cost(in);
    }
    return cost.cost(sMask);
  }

  /** Cost of a subset of S given by names. */
  public double cost(Collection<String> models) {
    if (cost == null || size() > 64) {
      boolean[] in = new boolean[size()];
      for (String s : models) {
        in[indexOf(s)] = true;
      }
      return used.cost(in);
    }
    long m = 0;
    for (String s : models) {
      m |= 1L << indexOf(s);
    }
    return cost.cost(m);
  }

  /** Every evaluated pair with chem &gt;= tau ({@code strict}: &gt; tau), sorted by (a, b). */
  public List<Entry> entries(double tau, boolean strict) {
    int[] p = matrix.pairs(tau, strict);
    List<Entry> out = new ArrayList<>(p.length / 2);
    for (int i = 0; i < p.length; i += 2) {
      out.add(new Entry(profiles.name(p[i]), profiles.name(p[i + 1]),
          matrix.chem(p[i], p[i + 1])));
    }
    return out;
  }

  /** How many pairs {@link #entries(double, boolean)} would list, counted without allocating. */
  public long entryCount(double tau, boolean strict) {
    return matrix.pairCount(tau, strict);
  }

  /**
   * The {@code n} strongest pairs with chem &gt;= tau ({@code strict}: &gt;), by chem
   * descending, then a, then b: a bounded heap over the pairs, O(n) memory for any |S|.
   */
  public List<Entry> strongest(int n, double tau, boolean strict) {
    java.util.Comparator<int[]> better = java.util.Comparator
        .<int[]>comparingDouble(p -> -matrix.chem(p[0], p[1]))
        .thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]);
    java.util.PriorityQueue<int[]> heap = new java.util.PriorityQueue<>(better.reversed());
    int[] probe = new int[2];
    matrix.visit(tau, strict, (a, b) -> {
      if (n <= 0) {
        return;
      }
      probe[0] = a;
      probe[1] = b;
      if (heap.size() < n) {
        heap.add(new int[] {a, b});
      } else if (better.compare(probe, heap.peek()) < 0) {
        heap.poll();
        heap.add(new int[] {a, b});
      }
    });
    List<int[]> top = new ArrayList<>(heap);
    top.sort(better);
    List<Entry> out = new ArrayList<>(top.size());
    for (int[] p : top) {
      out.add(new Entry(profiles.name(p[0]), profiles.name(p[1]), matrix.chem(p[0], p[1])));
    }
    return out;
  }

  /** Every evaluated pair (tau = 0, as the reference stores them), sorted by (a, b). */
  public List<Entry> entries() { return entries(0.0, false); }

  /**
   * LLMCP's stable partition at tau: connected components of the graph of pairs with chem
   * &gt;= tau ({@code strict}: &gt;), each sorted by name, ordered by their first member.
   */
  public List<List<String>> stablePartition(double tau, boolean strict) {
    List<List<String>> out = new ArrayList<>();
    int[] label = matrix.components(tau, strict);
    for (int i = 0; i < label.length; i++) {
      if (label[i] == out.size()) {
        out.add(new ArrayList<>());
      }
      out.get(label[i]).add(profiles.name(i));
    }
    out.replaceAll(List::copyOf);
    return out;
  }

  /**
   * Why CHEME evaluated no pair, in one sentence, or null when there are entries. (Fallback
   * answers of RECOMMEND follow from this.)
   */
  public String whyNoEntries() {
    if (matrix.entryCount() > 0) {
      return null;
    }
    if (size() < 2) {
      return "there are fewer than 2 models";
    }
    int u = used.size();
    if (u == 0) {
      return "no model is used (every profile has a <= " + threshold + "), so every"
          + " cost is 1.0 and every interaction is 0";
    }
    boolean allZero = true;
    for (int k = 0; k < u; k++) {
      allZero &= used.penalty(k) == 0.0;
    }
    if (allZero) {
      return "every used model has penalty 0 (q = 10 or a = 1), so every subset with a used"
          + " model costs 0 and CHEME skips every term with a zero cost";
    }
    return "every term had a zero cost (caller-supplied cost table)";
  }

  /** Whether witnesses are available ({@link #witness}): the exact-eq1 method ran. */
  public boolean hasWitnesses() { return eq1 != null; }

  /**
   * The witness of pair (a, b): a subset X of the other models, sorted by name, whose CHEME
   * term |cost(X+a+b) - cost(X+a) - cost(X+b) + cost(X)| / cost(X+a+b) (clipped to 1) equals
   * chem(a, b): "in which company do these two models interact most?". Null when the pair has
   * no entry. Needs the exact-eq1 method ({@link #hasWitnesses()}).
   */
  public List<String> witness(String a, String b) {
    if (eq1 == null) {
      throw new IllegalStateException("witnesses come with the exact-eq1 method; this snapshot"
          + " was computed with " + method.label());
    }
    int[] x = eq1.witness(indexOf(a), indexOf(b));
    if (x == null) {
      return null;
    }
    return Arrays.stream(x).mapToObj(profiles::name).toList();
  }

  /**
   * RECOMMEND's input built from this snapshot (immutable).
   *
   * @throws LimitException when |S| &gt; {@link #RECOMMEND_MAX_S}
   */
  public RecommendProblem problem() {
    if (matrix.size() > RECOMMEND_MAX_S) {
      throw recommendLimit(size());
    }
    RecommendProblem pr = problem;
    if (pr == null) { // racing threads build equal problems; one is kept
      pr = problem(profiles, matrix);
      problem = pr;
    }
    return pr;
  }

  /** The refusal of RECOMMEND for |S| = s. */
  public static LimitException recommendLimit(int s) {
    return LimitException.size("RECOMMEND over subsets of S as 64-bit masks", s,
        RECOMMEND_MAX_S, "RECOMMEND is limited to |S| <= " + RECOMMEND_MAX_S + " models (its"
        + " subsets are 64-bit masks); this task has |S| = " + s + " (CHEME itself works for"
        + " any |S| with the exact-eq1 method)", LimitException.Alternative.FEWER_MODELS);
  }

  /** RECOMMEND with the reference method and parameters. */
  public Recommendation recommend() { return recommend(RecommendOptions.defaults()); }

  /**
   * RECOMMEND (SPEC section 7) with the given method, parameters and target size. Safe to call
   * from many threads at once; each call allocates its own search state (O(|S|) for the
   * reference method; the exact methods run on {@code o.threads()} workers and give the same
   * answer for any count). The exact methods stop with {@link CancelledException} when
   * {@code o.progress().cancelled()}.
   */
  public Recommendation recommend(RecommendOptions o) {
    RecommendProblem problem = problem();
    checkRecommend(problem.size(), o);
    if (o.method() == RecommendOptions.Method.REFERENCE) {
      return o.size() == 0 ? Recommender.reference(problem, o.params())
          : Recommender.referenceOfSize(problem, o.params(), o.size());
    }
    return Workers.withThreads(o.threads(), pool -> exact(problem, o, pool));
  }

  private static Recommendation exact(RecommendProblem problem, RecommendOptions o,
      java.util.concurrent.ForkJoinPool pool) {
    return o.size() > 0
        ? Recommender.exactOfSize(problem, o.params(), o.size(), pool, o.progress())
        : Recommender.exact(problem, o.params(), pool, o.progress());
  }

  /**
   * Refuses, before any work, a RECOMMEND that cannot run on a task of |S| = {@code s}
   * models: more than {@link #RECOMMEND_MAX_S} models, a size beyond |S|, or an exact search
   * beyond its budget (2^|S| subsets for |S| &gt; 30, more than 2^31 combinations of the
   * size). The CLI calls it before CHEME so a refusal never follows minutes of work.
   *
   * @throws LimitException naming the size and the way out
   */
  public static void checkRecommend(int s, RecommendOptions o) {
    if (s > RECOMMEND_MAX_S) {
      throw recommendLimit(s);
    }
    if (o.size() > s) {
      throw new IllegalArgumentException("a target size of " + o.size() + " exceeds |S| = "
          + s);
    }
    if (o.method() == RecommendOptions.Method.EXACT) {
      Recommender.checkExact(s, o.size());
    }
  }

  /**
   * Why {@code r}, a recommendation of this snapshot under {@code o}, is the answer: the loss
   * taken apart, each member's chemistry inside and across the cut, the deciding pairs with
   * their witnesses (of the Eq. 1 cost; the exact-eq1 method runs here when this snapshot
   * has none, O(|U|^4)), the fallback's classification, and the runner-up sets by loss from
   * the exact search (|S| &lt;= {@value dev.llmchem.engine.recommend.RunnerUps#MAX_MODELS},
   * O(2^|S|), on {@code o.threads()} workers; stops with a {@link CancelledException} when
   * {@code o.progress()} says so).
   */
  public Explanation explain(Recommendation r, RecommendOptions o) {
    Eq1Result w = eq1 != null ? eq1 : ChemeRunner.exactEq1(used,
        new ChemeOptions(ChemeOptions.Method.EXACT_EQ1, o.threads(), o.progress()));
    RecommendProblem p = problem();
    return Workers.withThreads(o.threads(), pool -> Explainer.explain(p, r, o.params(),
        o.size(), w::witness, pool, o.progress()));
  }

  /** The names of a recommendation's models, sorted (empty when nothing is recommended). */
  public List<String> names(Recommendation r) { return r.names(problem()); }
}
