package dev.llmchem.engine;

import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.profile.TaskProfiles;
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
  private final TaskAnalysis task;
  private final CostTable cost;
  private final ChemMatrix matrix;
  private final ChemeOptions.Method method;
  private final RecommendProblem problem;

  Chemistry(TaskAnalysis task, CostTable cost, ChemMatrix matrix, ChemeOptions.Method method) {
    this.task = task;
    this.cost = cost;
    this.matrix = matrix;
    this.method = method;
    this.problem = problem(task, matrix);
  }

  /** RECOMMEND's input: S names, the chem matrix, X_Q as masks, (a, q) per model (0 without profile). */
  private static RecommendProblem problem(TaskAnalysis task, ChemMatrix matrix) {
    TaskProfiles p = task.profiles();
    int n = p.universeSize();
    double[] a = new double[n];
    double[] q = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = p.has(i) ? p.a(i) : 0;
      q[i] = p.has(i) ? p.q(i) : 0;
    }
    List<int[]> configs = task.historicalConfigurations();
    long[] xq = new long[configs.size()];
    for (int k = 0; k < xq.length; k++) {
      for (int i : configs.get(k)) {
        xq[k] |= 1L << i;
      }
    }
    return RecommendProblem.of(p.names(), matrix.toArray(), matrix.entryCount() > 0, xq, a, q);
  }

  /** One evaluated pair (a &lt; b by name) and its chemistry. */
  public record Entry(String a, String b, double chem) { }

  /** The task this snapshot describes. */
  public TaskAnalysis task() { return task; }

  /** The kernel that computed the matrix. */
  public ChemeOptions.Method method() { return method; }

  /** S names sorted; index = model id in every int-based method (a copy). */
  public String[] models() { return task.models(); }

  /** |S|. */
  public int size() { return matrix.size(); }

  /** The CHEME matrix over S indices. */
  public ChemMatrix matrix() { return matrix; }

  /** The cost table in force (Eq. 1 or caller-supplied). */
  public CostTable costTable() { return cost; }

  /** Profiles of the task. */
  public TaskProfiles profiles() { return task.profiles(); }

  /** S index of a model name, or an exception naming the unknown model. */
  public int indexOf(String model) {
    int i = Arrays.binarySearch(task.profiles().names(), model);
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
  public double cost(long sMask) { return cost.cost(sMask); }

  /** Cost of a subset of S given by names. */
  public double cost(Collection<String> models) {
    long m = 0;
    for (String s : models) {
      m |= 1L << indexOf(s);
    }
    return cost.cost(m);
  }

  /** Every evaluated pair with chem &gt;= tau ({@code strict}: &gt; tau), sorted by (a, b). */
  public List<Entry> entries(double tau, boolean strict) {
    int[] p = matrix.pairs(tau, strict);
    String[] names = task.profiles().names();
    List<Entry> out = new ArrayList<>(p.length / 2);
    for (int i = 0; i < p.length; i += 2) {
      out.add(new Entry(names[p[i]], names[p[i + 1]], matrix.chem(p[i], p[i + 1])));
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
    String[] names = task.profiles().names();
    List<List<String>> out = new ArrayList<>();
    for (long comp : matrix.stablePartition(tau, strict)) {
      List<String> c = new ArrayList<>();
      for (long m = comp; m != 0; m &= m - 1) {
        c.add(names[Long.numberOfTrailingZeros(m)]);
      }
      out.add(List.copyOf(c));
    }
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
    int u = task.used().size();
    if (u == 0) {
      return "no model is used (every profile has a <= " + task.threshold() + "), so every"
          + " cost is 1.0 and every interaction is 0";
    }
    boolean allZero = true;
    for (double p : task.used().penalties()) {
      allZero &= p == 0.0;
    }
    if (allZero) {
      return "every used model has penalty 0 (q = 10 or a = 1), so every subset with a used"
          + " model costs 0 and CHEME skips every term with a zero cost";
    }
    return "every term had a zero cost (caller-supplied cost table)";
  }

  /** RECOMMEND's input built from this snapshot (immutable). */
  public RecommendProblem problem() { return problem; }

  /** RECOMMEND with the reference method and parameters. */
  public Recommendation recommend() { return recommend(RecommendOptions.defaults()); }

  /**
   * RECOMMEND (SPEC section 7) with the given method, parameters and target size. Safe to call
   * from many threads at once; each call allocates its own search state (O(|S|) for the
   * reference method; the exact method runs on a pool of one worker per core).
   */
  public Recommendation recommend(RecommendOptions o) {
    if (o.size() > 0 && o.size() > problem.size()) {
      throw new IllegalArgumentException("--size " + o.size() + " exceeds |S| = " + problem.size());
    }
    if (o.method() == RecommendOptions.Method.REFERENCE) {
      return o.size() == 0 ? Recommender.reference(problem, o.params())
          : Recommender.referenceOfSize(problem, o.params(), o.size());
    }
    if (o.size() > 0) {
      return Recommender.exactOfSize(problem, o.params(), o.size());
    }
    return Recommender.exact(problem, o.params(), java.util.concurrent.ForkJoinPool.commonPool(),
        o.progress());
  }

  /** The names of a recommendation's models, sorted (empty when nothing is recommended). */
  public List<String> names(Recommendation r) { return r.names(problem); }
}
