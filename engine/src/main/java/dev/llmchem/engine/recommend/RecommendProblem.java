package dev.llmchem.engine.recommend;

import java.util.Arrays;

/**
 * The validated inputs of RECOMMEND for one task, with the quantities every method shares
 * precomputed (degrees, maxT, maxI). Immutable and thread-safe: arrays are copied in and
 * never handed out. Construction allocates O(n^2 + |X_Q|) and costs O(n^2 + |X_Q| log |X_Q|).
 */
public final class RecommendProblem {
  /** Largest number of models a mask can hold. */
  public static final int MAX_MODELS = 64;

  private final String[] names;
  private final int n;
  final double[] chem;
  private final boolean anyEntry;
  final long[] xq;
  final double[] a;
  final double[] q;
  final double[] deg;
  final double maxT;
  final double maxI;
  private final boolean anyPositive;

  private RecommendProblem(String[] names, double[] chem, boolean anyEntry, long[] xq,
      double[] a, double[] q) {
    this.n = names.length;
    this.names = names.clone();
    for (int i = 1; i < n; i++) {
      if (names[i - 1].compareTo(names[i]) >= 0) {
        throw new IllegalArgumentException("names must be strictly ascending: '"
            + names[i - 1] + "' then '" + names[i] + "'");
      }
    }
    if (n > MAX_MODELS) {
      throw new IllegalArgumentException("at most " + MAX_MODELS + " models, got " + n);
    }
    if (chem.length != n * n || a.length != n || q.length != n) {
      throw new IllegalArgumentException("expected chem of length n*n = " + n * n
          + " and a, q of length n = " + n + "; got " + chem.length + ", " + a.length
          + ", " + q.length);
    }
    this.chem = chem.clone();
    boolean positive = false;
    for (int i = 0; i < n; i++) {
      this.chem[i * n + i] = 0.0;
      for (int j = i + 1; j < n; j++) {
        double x = chem[i * n + j];
        if (!(x >= 0.0) || Double.isInfinite(x) || x != chem[j * n + i]) {
          throw new IllegalArgumentException("chem(" + names[i] + ", " + names[j]
              + ") must be finite, >= 0 and symmetric; got " + x + " and " + chem[j * n + i]);
        }
        positive |= x > 0;
      }
    }
    long all = Masks.all(n);
    for (long x : xq) {
      if ((x & ~all) != 0) {
        throw new IllegalArgumentException("configuration mask " + Long.toUnsignedString(x)
            + " names a model index >= n = " + n);
      }
    }
    this.anyEntry = anyEntry;
    this.anyPositive = positive;
    this.xq = Masks.sortedDistinct(xq);
    this.a = a.clone();
    this.q = q.clone();
    this.deg = new double[n];
    LossKernel.degrees(n, this.chem, deg);
    this.maxT = LossKernel.maxTotal(n, this.chem);
    this.maxI = LossKernel.maxInter(n, this.chem, deg);
  }

  /**
   * Builds a problem.
   *
   * @param names model names, strictly ascending ({@link String#compareTo}); index = model id
   * @param chem {@code n*n} row-major symmetric chemistry, finite and {@code >= 0}, 0 where
   *     there is no entry; the diagonal is ignored
   * @param anyEntry whether CHEME evaluated at least one pair (an entry of value 0 counts);
   *     false selects the fallback of SPEC 7 step 1
   * @param xq historical configurations X_Q as masks; duplicates are dropped
   * @param a per model profile accuracy a = max(0.1, accuracy) (0 for no profile)
   * @param q per model profile quality (0 for no profile)
   * @throws IllegalArgumentException naming the offending value
   */
  public static RecommendProblem of(String[] names, double[] chem, boolean anyEntry,
      long[] xq, double[] a, double[] q) {
    return new RecommendProblem(names, chem, anyEntry, xq, a, q);
  }

  /** Convenience: {@code anyEntry} from an entry bitmap ({@code entry[i*n+j]}). */
  public static RecommendProblem of(String[] names, double[] chem, boolean[] entry,
      long[] xq, double[] a, double[] q) {
    boolean any = false;
    for (boolean e : entry) {
      any |= e;
    }
    return new RecommendProblem(names, chem, any, xq, a, q);
  }

  /** Number of models n. */
  public int size() {
    return n;
  }

  /** Name of model {@code i}. */
  public String name(int i) {
    return names[i];
  }

  /** A copy of the names. */
  public String[] names() {
    return names.clone();
  }

  /** Whether chemistry has at least one entry. */
  public boolean anyEntry() {
    return anyEntry;
  }

  /** Whether some pair has chem &gt; 0. */
  public boolean anyPositive() {
    return anyPositive;
  }

  /** maxT of SPEC 7 step 2. */
  public double maxTotalChem() {
    return maxT;
  }

  /** maxI of SPEC 7 step 3. */
  public double maxInterChem() {
    return maxI;
  }

  /** chem(i, j). */
  public double chem(int i, int j) {
    return chem[i * n + j];
  }

  /** The distinct configurations of X_Q in lexicographic order of their sorted names. */
  public long[] configurations() {
    return xq.clone();
  }

  /** The loss of any set (full recomputation; +infinity when infeasible). */
  public double loss(long mask, RecommendParams p) {
    return LossKernel.lossOf(n, chem, mask, maxT, maxI, p.alpha(), p.beta());
  }

  @Override
  public String toString() {
    return "RecommendProblem[n=" + n + ", names=" + Arrays.toString(names) + ", configurations="
        + xq.length + ", anyEntry=" + anyEntry + "]";
  }
}
