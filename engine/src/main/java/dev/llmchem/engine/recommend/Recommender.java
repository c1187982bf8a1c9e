package dev.llmchem.engine.recommend;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.concurrent.ForkJoinPool;

/**
 * RECOMMEND (SPEC section 7): the reference local search, the exact optimum of the same loss,
 * and both restricted to a target size N. Each method applies the same gates first:
 * <ol>
 *   <li>no chemistry entries: the fallback of step 1 ({@link Fallback}), loss NaN;
 *   <li>reference local search: X_Q filtered to configurations with &gt;= minSize models and a
 *       pair of chem &gt; 0; none left gives {@link Reason#NO_VALID_CONFIGURATIONS};
 *   <li>size-N local search: every distinct configuration of X_Q is a start (adjusted to N);
 *       exact searches do not use X_Q; for all three, no pair with chem &gt; 0 anywhere (or an
 *       empty X_Q for the local search) gives {@link Reason#NO_VALID_CONFIGURATIONS}.
 * </ol>
 * When every candidate is infeasible (loss +infinity) the answer is also
 * {@link Reason#NO_VALID_CONFIGURATIONS}, with an explanation saying so. The reported loss is
 * always a full recomputation ({@link RecommendProblem#loss}). Thread-safe (problems are
 * immutable); the exact methods run on the given pool (default: the common pool).
 */
public final class Recommender {
  private Recommender() { }

  /** The reference's method: hill climbing from X_Q. O(|X_Q| iters n^2); allocates O(n). */
  public static Recommendation reference(RecommendProblem p, RecommendParams params) {
    Recommendation fb = fallback(p, params, 0);
    if (fb != null) {
      return fb;
    }
    int n = p.size();
    long[] valid = new long[p.xq.length];
    int nValid = 0;
    int tooSmall = 0;
    int noChem = 0;
    for (long x : p.xq) {
      if (Long.bitCount(x) < params.minSize()) {
        tooSmall++;
      } else if (!LossKernel.hasPositivePair(n, p.chem, x)) {
        noChem++;
      } else {
        valid[nValid++] = x;
      }
    }
    if (nValid == 0) {
      return none(p, tooSmall, noChem, 0, 0, 0, 0, "none of the " + p.xq.length
          + " configurations in X_Q qualifies: " + tooSmall + " have fewer than "
          + params.minSize() + " models, " + noChem + " have no pair with chemistry > 0");
    }
    long[] starts = java.util.Arrays.copyOf(valid, nValid);
    long[] counters = new long[2];
    long mask = LocalSearch.search(n, p.chem, p.deg, p.maxT, p.maxI, params.alpha(),
        params.beta(), params.iters(), params.minSize(), starts, counters);
    String how = "best of " + nValid + " hill climbs from X_Q (" + counters[1] + " moves, "
        + counters[0] + " loss evaluations)";
    return answer(p, params, mask, Reason.LOCAL_SEARCH, tooSmall, noChem, nValid, counters, 0,
        how);
  }

  /**
   * Refuses an exact search over {@code n} models beyond its budget ({@code size} 0: all
   * 2^n subsets, n &lt;= 30; else C(n, size) &lt;= 2^31 combinations), naming the size and
   * the way out.
   *
   * @throws dev.llmchem.engine.control.LimitException when out of budget
   */
  public static void checkExact(int n, int size) {
    if (size == 0) {
      ExactSearch.checkSize(n);
    } else {
      ExactSizeSearch.check(n, size);
    }
  }

  /**
   * Exact optimum over all sets of size &gt;= minSize, in parallel: one worker per available
   * processor, the calling thread and tasks in the common pool.
   */
  public static Recommendation exact(RecommendProblem p, RecommendParams params) {
    return exact(p, params, ForkJoinPool.commonPool(), Workers.available(),
        ProgressListener.NONE);
  }

  /**
   * Exact optimum with {@code pool.getParallelism()} workers, the calling thread one of them
   * (null pool: the calling thread only); ties to the smallest mask. n &lt;= 30, else
   * {@link dev.llmchem.engine.control.LimitException}. Work O(2^n); memory O(2^14) doubles per
   * worker. Stops with {@link dev.llmchem.engine.control.CancelledException} when
   * {@code listener.cancelled()}; the answer is the same for any pool.
   */
  public static Recommendation exact(RecommendProblem p, RecommendParams params,
      ForkJoinPool pool, ProgressListener listener) {
    return exact(p, params, pool, Workers.of(pool), listener);
  }

  private static Recommendation exact(RecommendProblem p, RecommendParams params,
      ForkJoinPool pool, int workers, ProgressListener listener) {
    ExactSearch.checkSize(p.size());
    Recommendation gate = exactGate(p, params, 0);
    if (gate != null) {
      return gate;
    }
    int n = p.size();
    long mask = ExactSearch.search(n, p.chem, p.deg, p.maxT, p.maxI, params.alpha(),
        params.beta(), params.minSize(), pool, workers, listener);
    long[] counters = {1L << n, 0};
    return answer(p, params, mask, Reason.EXACT, 0, 0, 0, counters, 0,
        "exact optimum over all 2^" + n + " subsets with at least " + params.minSize()
            + " models");
  }

  /** As {@link #exact(RecommendProblem, RecommendParams)} on the calling thread only. */
  public static Recommendation exactSequential(RecommendProblem p, RecommendParams params) {
    return exact(p, params, null, ProgressListener.NONE);
  }

  /**
   * Local search for exactly {@code size} models (see {@link SizeLocalSearch} for the start
   * adjustment and the swap neighbourhood). {@code minSize} is not used; 1 &lt;= size &lt;= n.
   */
  public static Recommendation referenceOfSize(RecommendProblem p, RecommendParams params,
      int size) {
    ExactSizeSearch.check(p.size(), size);
    Recommendation gate = exactGate(p, params, size);
    if (gate != null) {
      return gate;
    }
    if (p.xq.length == 0) {
      return none(p, 0, 0, 0, 0, 0, size, "X_Q is empty: no configuration to start from");
    }
    long[] counters = new long[2];
    long mask = SizeLocalSearch.search(p.size(), p.chem, p.deg, p.maxT, p.maxI,
        params.alpha(), params.beta(), params.iters(), size, p.xq, counters);
    return answer(p, params, mask, Reason.LOCAL_SEARCH, 0, 0, p.xq.length, counters, size,
        "best of " + p.xq.length + " swap hill climbs of size " + size + " from X_Q ("
            + counters[1] + " moves, " + counters[0] + " loss evaluations)");
  }

  /**
   * Exact optimum over all sets of exactly {@code size} models, in parallel: one worker per
   * available processor, the calling thread and tasks in the common pool.
   */
  public static Recommendation exactOfSize(RecommendProblem p, RecommendParams params,
      int size) {
    return exactOfSize(p, params, size, ForkJoinPool.commonPool(), Workers.available(),
        ProgressListener.NONE);
  }

  /**
   * As above with {@code pool.getParallelism()} workers, the calling thread one of them; a null
   * pool runs on the calling thread only.
   */
  public static Recommendation exactOfSize(RecommendProblem p, RecommendParams params, int size,
      ForkJoinPool pool) {
    return exactOfSize(p, params, size, pool, ProgressListener.NONE);
  }

  /**
   * As above, stopping with {@link dev.llmchem.engine.control.CancelledException} when
   * {@code listener.cancelled()}.
   */
  public static Recommendation exactOfSize(RecommendProblem p, RecommendParams params, int size,
      ForkJoinPool pool, ProgressListener listener) {
    return exactOfSize(p, params, size, pool, Workers.of(pool), listener);
  }

  private static Recommendation exactOfSize(RecommendProblem p, RecommendParams params,
      int size, ForkJoinPool pool, int workers, ProgressListener listener) {
    ExactSizeSearch.check(p.size(), size);
    Recommendation gate = exactGate(p, params, size);
    if (gate != null) {
      return gate;
    }
    int n = p.size();
    long mask = ExactSizeSearch.split(n, p.chem, p.deg, p.maxT, p.maxI, params.alpha(),
        params.beta(), size, pool, workers, listener);
    long[] counters = {Masks.binomial(n, size), 0};
    return answer(p, params, mask, Reason.EXACT, 0, 0, 0, counters, size,
        "exact optimum over all " + counters[0] + " sets of " + size + " models");
  }

  private static Recommendation exactGate(RecommendProblem p, RecommendParams params,
      int size) {
    Recommendation fb = fallback(p, params, size);
    if (fb != null) {
      return fb;
    }
    if (!p.anyPositive()) {
      return none(p, 0, 0, 0, 0, 0, size, "chemistry has entries but no pair has chemistry > 0");
    }
    return null;
  }

  private static Recommendation answer(RecommendProblem p, RecommendParams params, long mask,
      Reason reason, int tooSmall, int noChem, int starts, long[] counters, int size,
      String how) {
    if (mask == 0) {
      return none(p, tooSmall, noChem, starts, counters[0], (int) counters[1], size,
          "every candidate is infeasible (maxI - inter < 0 or maxT - intra < 0): " + how);
    }
    Recommendation.Details d = new Recommendation.Details(p.size(), p.xq.length, tooSmall,
        noChem, starts, counters[0], (int) counters[1], p.maxT, p.maxI, size, how);
    return new Recommendation(reason, mask, p.loss(mask, params), d);
  }

  private static Recommendation none(RecommendProblem p, int tooSmall, int noChem, int starts,
      long evals, int moves, int size, String why) {
    Recommendation.Details d = new Recommendation.Details(p.size(), p.xq.length, tooSmall,
        noChem, starts, evals, moves, p.maxT, p.maxI, size, why);
    return new Recommendation(Reason.NO_VALID_CONFIGURATIONS, 0L, Double.NaN, d);
  }

  /** Step 1, or null when chemistry has entries. */
  private static Recommendation fallback(RecommendProblem p, RecommendParams params,
      int size) {
    if (p.anyEntry()) {
      return null;
    }
    FallbackPolicy f = params.fallback();
    long v = Fallback.union(p.xq);
    int k = Long.bitCount(v);
    String[] names = p.names();
    Reason reason;
    long mask;
    String why;
    String good = "good (a >= " + f.hiA() + " and q >= " + f.hiQ() + ")";
    String bad = "bad (a <= " + f.loA() + " and q <= " + f.loQ() + ")";
    if (v == 0) {
      reason = Reason.NO_VALID_CONFIGURATIONS;
      mask = 0;
      why = "chemistry has no entries and X_Q is empty";
    } else if (Fallback.allGood(v, p.a, p.q, f)) {
      reason = Reason.FALLBACK_ALL_GOOD;
      boolean all = f.good() == FallbackPolicy.Good.ALL;
      mask = all ? v : 1L << Fallback.best(v, names, p.a, p.q);
      why = "chemistry has no entries; all " + k + " models of X_Q are " + good
          + (all ? ": all of them (policy all)" : ": the single best one");
    } else if (Fallback.allBad(v, p.a, p.q, f)) {
      reason = Reason.FALLBACK_ALL_BAD;
      boolean single = f.bad() == FallbackPolicy.Bad.SINGLE;
      mask = single ? 1L << Fallback.best(v, names, p.a, p.q) : 0;
      why = "chemistry has no entries; all " + k + " models of X_Q are " + bad
          + (single ? ": the least bad one (policy single)" : ": nothing to recommend");
    } else {
      reason = Reason.FALLBACK_MIXED;
      mask = 1L << Fallback.best(v, names, p.a, p.q);
      why = "chemistry has no entries; the " + k + " models of X_Q are mixed (neither all "
          + good + " nor all " + bad + "): the single best one (largest a, then q, then"
          + " shortest name)";
    }
    Recommendation.Details d = new Recommendation.Details(p.size(), p.xq.length, 0, 0, 0, 0, 0,
        Double.NaN, Double.NaN, size, why);
    return new Recommendation(reason, mask, Double.NaN, d);
  }
}
