package dev.llmchem.engine;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.interaction.InteractionIndex;
import dev.llmchem.engine.interaction.InteractionMatrix;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.profile.UsedSet;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One task cluster (one query Q): its profiles, U, X_Q and costs. The Eq. 1 cost table is
 * built lazily by {@link #costTable()} and cached (thread-safe, built at most once per
 * instance); {@link #chemistry(ChemeOptions)} uses that table when it is there and otherwise
 * builds one for its snapshot alone, so analysing the tasks of a history one after another
 * holds one table at a time, not one per task.
 */
public final class TaskAnalysis {
  private final TaskProfiles profiles;
  private final UsedSet used;
  private final AnalysisOptions options;
  private volatile CostTable costTable;

  TaskAnalysis(TaskProfiles profiles, AnalysisOptions options) {
    this.profiles = profiles;
    this.options = options;
    this.used = profiles.used(options.threshold());
  }

  /**
   * The analysis of one task from profiles built elsewhere (a distributed runner aggregates
   * the rows of each task, then analyses it where its profiles are): the same U, costs,
   * CHEME and RECOMMEND as the task of an {@link Analysis} with these profiles and options.
   */
  public static TaskAnalysis of(TaskProfiles profiles, AnalysisOptions options) {
    if (profiles == null || options == null) {
      throw new IllegalArgumentException("profiles and options must not be null");
    }
    return new TaskAnalysis(profiles, options);
  }

  /** The options this task was analysed with. */
  public AnalysisOptions options() { return options; }

  /** The prototype task string. */
  public String prototype() { return profiles.prototype(); }

  /** Profiles of S in this cluster. */
  public TaskProfiles profiles() { return profiles; }

  /** U in rank order. */
  public UsedSet used() { return used; }

  /** |S|. */
  public int universeSize() { return profiles.universeSize(); }

  /** S names, sorted (a copy). */
  public String[] models() { return profiles.names(); }

  /** U names, sorted by name. */
  public List<String> usedNames() {
    return Arrays.stream(used.members()).sorted().mapToObj(profiles::name).toList();
  }

  /** X_Q: historical configurations as ascending S-index arrays, sorted. */
  public List<int[]> historicalConfigurations() { return profiles.historicalConfigurations(); }

  /** The dense Eq. 1 cost table over U (bit i = rank i), built once. */
  public CostTable costTable() {
    return costTable(ProgressListener.NONE);
  }

  /** As above; building a large table can be cancelled through {@code progress}. */
  private CostTable costTable(ProgressListener progress) {
    CostTable t = costTable;
    if (t == null) {
      synchronized (this) {
        t = costTable;
        if (t == null) {
          t = CostTable.eq1(used.members(), used.penalties(), universeSize(), progress);
          costTable = t;
        }
      }
    }
    return t;
  }

  /**
   * Eq. 1 cost of any subset of S given by names (unknown names are an error; members
   * outside U do not change the cost). Needs no table, so it works for any |U|.
   */
  public double cost(Collection<String> models) {
    boolean[] in = new boolean[universeSize()];
    for (String m : models) {
      int i = profiles.indexOf(m);
      if (i < 0) {
        throw new IllegalArgumentException("unknown model '" + m + "'");
      }
      in[i] = true;
    }
    return costOf(in);
  }

  /** Eq. 1 cost of a subset of S given as membership over S indices. */
  public double costOf(boolean[] inS) {
    return used.cost(inS);
  }

  /** cost(S). */
  public double costOfS() {
    boolean[] all = new boolean[universeSize()];
    Arrays.fill(all, true);
    return costOf(all);
  }

  /** MIG node count 2^|U| + 2^|S\U| - 1 (exact, any size). */
  public BigInteger migNodeCount() {
    int u = used.size();
    int rest = universeSize() - u;
    return BigInteger.ONE.shiftLeft(u).add(BigInteger.ONE.shiftLeft(rest)).subtract(BigInteger.ONE);
  }

  /**
   * CHEME with the default options (auto: the dense kernel where it can run, else exact-eq1;
   * all cores): a thread-safe snapshot.
   */
  public Chemistry chemistry() {
    return chemistry(ChemeOptions.defaults());
  }

  /**
   * The method {@link #chemistry(ChemeOptions)} would run for {@code requested} (AUTO resolved
   * as there, nothing computed): a caller can tell a dense run over 2^|U| before it starts.
   *
   * @throws dev.llmchem.engine.control.LimitException when {@code requested} is out of reach
   */
  public ChemeOptions.Method chemeMethod(ChemeOptions.Method requested) {
    return MethodChoice.forEq1(requested, used.size(), universeSize(), costTable != null);
  }

  /**
   * CHEME over this task's Eq. 1 cost with the given options. AUTO picks the dense kernel
   * while |S| &lt;= 64, |U| &lt;= DenseCheme.MAX_U and the table fits the heap, else the exact
   * Eq. 1 method (no table needed); {@link Chemistry#method()} names the one used.
   */
  public Chemistry chemistry(ChemeOptions options) {
    options.progress().stopIfCancelled(options.method().label() + " CHEME over |U| = "
        + used.size());
    ChemeOptions.Method m = chemeMethod(options.method());
    if (m == ChemeOptions.Method.EXACT_EQ1) {
      dev.llmchem.engine.cheme.Eq1Result r = ChemeRunner.exactEq1(used, options);
      return new Chemistry(profiles, used, threshold(), costTable, r.matrix(), m, r);
    }
    CostTable table = costTable;
    if (table == null) { // not cached: 10,000 tasks of |U| = 14 would keep 1.25 GiB of tables
      table = CostTable.eq1(used.members(), used.penalties(), universeSize(), options.progress());
    }
    return chemistry(table, options.withMethod(m));
  }

  /**
   * CHEME over a caller-supplied cost table (users embedding their own cost): the table's
   * bits name S indices of this task.
   */
  public Chemistry chemistry(CostTable cost, ChemeOptions options) {
    if (cost.universeSize() != universeSize()) {
      throw new IllegalArgumentException("cost table is over |S| = " + cost.universeSize()
          + " models, this task has " + universeSize());
    }
    options.progress().stopIfCancelled(options.method().label() + " CHEME over |S| = "
        + universeSize());
    ChemeOptions.Method m = MethodChoice.forTable(options.method());
    return new Chemistry(profiles, used, threshold(), cost,
        ChemeRunner.run(cost, options.withMethod(m)), m, null);
  }

  /**
   * An interaction index of every pair over this task's Eq. 1 cost, with default options
   * (method AUTO, all cores): pairs inside U get the index over the players U with
   * v(X) = cost(X), pairs with a member outside U get 0 (docs/interaction.md).
   */
  public InteractionMatrix interactions(InteractionIndex index) {
    return interactions(index, ChemeOptions.defaults());
  }

  /**
   * As above with a method, threads and progress: EXACT_EQ1 is the closed form for Eq. 1
   * (any |U|), DENSE reads the 2^|U| cost table once (|U| &lt;= 30), NAIVE sums the
   * definition (|U| &lt;= 24), AUTO takes DENSE while the table can be built, else EXACT_EQ1
   * (as for CHEME). Values of all methods agree to about 1e-15 of the largest cost.
   */
  public InteractionMatrix interactions(InteractionIndex index, ChemeOptions options) {
    options.progress().stopIfCancelled(index.label() + " interaction over |U| = " + used.size());
    ChemeOptions.Method m = MethodChoice.forInteraction(options.method(), used.size(),
        costTable != null);
    if (m == ChemeOptions.Method.EXACT_EQ1) {
      return ChemeRunner.interactionsEq1(used, profiles.names(), index);
    }
    CostTable table = costTable;
    if (table == null) { // not cached, as for chemistry(options)
      table = CostTable.eq1(used.members(), used.penalties(), universeSize(), options.progress());
    }
    return ChemeRunner.interactions(table, profiles.names(), index, options.withMethod(m));
  }

  /**
   * An interaction index over a caller-supplied cost table (method AUTO or DENSE: the dense
   * kernel; NAIVE: the definition); the table's bits name S indices of this task.
   */
  public InteractionMatrix interactions(CostTable cost, InteractionIndex index,
      ChemeOptions options) {
    if (cost.universeSize() != universeSize()) {
      throw new IllegalArgumentException("cost table is over |S| = " + cost.universeSize()
          + " models, this task has " + universeSize());
    }
    options.progress().stopIfCancelled(index.label() + " interaction over |U| = "
        + cost.usedCount());
    ChemeOptions.Method m = MethodChoice.forInteraction(options.method(), cost.usedCount(), true);
    return ChemeRunner.interactions(cost, profiles.names(), index, options.withMethod(m));
  }

  /** The usage threshold theta in force. */
  public double threshold() { return options.threshold(); }
}
