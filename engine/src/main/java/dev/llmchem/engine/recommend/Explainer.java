package dev.llmchem.engine.recommend;

import dev.llmchem.engine.control.ProgressListener;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;

/**
 * Builds an {@link Explanation} of a recommendation: the loss taken apart (maxT, the greedy
 * cut behind maxI, intra and inter), each member's links, the deciding pairs with their
 * witnesses, the fallback's classification, and the runner-up sets from {@link RunnerUps}.
 * Stateless; O(n^2) plus the runner-ups' exact search, O(2^n).
 */
public final class Explainer {
  /** Deciding pairs listed per kind (inside, across). */
  public static final int DECIDING = 8;
  /** Runner-up sets listed. */
  public static final int RUNNER_UPS = 5;

  private Explainer() { }

  /**
   * On the calling thread.
   *
   * @param witness the witness of a pair of model indices (sorted model indices), or null
   *     when witnesses are not available
   */
  public static Explanation explain(RecommendProblem p, Recommendation r, RecommendParams params,
      int size, BiFunction<Integer, Integer, int[]> witness) {
    return explain(p, r, params, size, witness, null, ProgressListener.NONE);
  }

  /**
   * As above, the runner-ups searched with {@code pool.getParallelism()} workers (null: the
   * calling thread only), reporting to {@code listener} and stopping with a
   * {@link dev.llmchem.engine.control.CancelledException} when it says so.
   */
  public static Explanation explain(RecommendProblem p, Recommendation r, RecommendParams params,
      int size, BiFunction<Integer, Integer, int[]> witness, ForkJoinPool pool,
      ProgressListener listener) {
    int n = p.size();
    long x = r.mask();
    double intra = LossKernel.intra(n, p.chem, x);
    double inter = LossKernel.inter(n, p.chem, x);
    List<String> cutA = new ArrayList<>();
    List<String> cutB = new ArrayList<>();
    int[] order = degreeOrder(p);
    for (int k = 0; k < n; k++) {
      (k % 2 == 0 ? cutA : cutB).add(p.name(order[k]));
    }
    List<Explanation.Member> members = new ArrayList<>();
    List<Explanation.Pair> inside = new ArrayList<>();
    List<Explanation.Pair> across = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if ((x >>> i & 1L) == 0) {
        continue;
      }
      double in = 0;
      double out = 0;
      List<Explanation.Link> links = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        double c = p.chem(i, j);
        if (j == i || !(c > 0)) {
          continue;
        }
        boolean member = (x >>> j & 1L) != 0;
        if (member) {
          in += c;
        } else {
          out += c;
        }
        links.add(new Explanation.Link(p.name(j), c, member));
        if (!member || j > i) {
          int a = Math.min(i, j);
          int b = Math.max(i, j);
          int[] w = witness == null ? null : witness.apply(a, b);
          List<String> ws = null;
          if (w != null) {
            ws = new ArrayList<>();
            for (int m : w) {
              ws.add(p.name(m));
            }
          }
          (member ? inside : across).add(new Explanation.Pair(p.name(a), p.name(b), c, member,
              ws));
        }
      }
      links.sort(Comparator.comparingDouble(Explanation.Link::chem).reversed()
          .thenComparing(Explanation.Link::model));
      members.add(new Explanation.Member(p.name(i), in, out, links));
    }
    Comparator<Explanation.Pair> strongest = Comparator.comparingDouble(Explanation.Pair::chem)
        .reversed().thenComparing(Explanation.Pair::a).thenComparing(Explanation.Pair::b);
    inside.sort(strongest);
    across.sort(strongest);
    List<Explanation.Pair> deciding = new ArrayList<>(inside.subList(0,
        Math.min(DECIDING, inside.size())));
    deciding.addAll(across.subList(0, Math.min(DECIDING, across.size())));
    List<Explanation.RunnerUp> runnerUps = null;
    String note = null;
    if (n > RunnerUps.MAX_MODELS) {
      note = RunnerUps.note(n);
    } else if (!p.anyPositive()) {
      note = "no pair has chemistry > 0: every set's loss is its size penalty alone";
    } else {
      runnerUps = new ArrayList<>();
      double base = Double.isNaN(r.loss()) ? Double.NaN : r.loss();
      for (RunnerUps.Ranked k : RunnerUps.best(p, params, size, RUNNER_UPS, pool,
          listener)) {
        runnerUps.add(new Explanation.RunnerUp(names(p, k.mask()), k.loss(), k.loss() - base,
            k.mask() == x));
      }
    }
    double lossInter = p.maxI - inter;
    double lossIntra = p.maxT - intra;
    return new Explanation(r.reason().jsonName(), names(p, x), r.loss(), p.maxT, p.maxI, cutA,
        cutB, intra, inter, params.alpha() * lossInter, (1 - params.alpha()) * lossIntra,
        params.beta() * Long.bitCount(x), members, deciding,
        r.reason().isFallback() || !p.anyEntry() ? fallback(p, params.fallback()) : null,
        runnerUps, note);
  }

  /** S by degree descending, then index: the order of the greedy cut ({@link LossKernel}). */
  private static int[] degreeOrder(RecommendProblem p) {
    int n = p.size();
    Integer[] o = new Integer[n];
    for (int i = 0; i < n; i++) {
      o[i] = i;
    }
    java.util.Arrays.sort(o, (a, b) -> p.deg[a] != p.deg[b] ? Double.compare(p.deg[b], p.deg[a])
        : Integer.compare(a, b));
    return java.util.Arrays.stream(o).mapToInt(Integer::intValue).toArray();
  }

  private static Explanation.Fallback fallback(RecommendProblem p, FallbackPolicy f) {
    List<Explanation.Judged> judged = new ArrayList<>();
    long v = Fallback.union(p.xq);
    for (long m = v; m != 0; m &= m - 1) {
      int i = Long.numberOfTrailingZeros(m);
      String verdict = f.good(p.a[i], p.q[i]) ? "good" : f.bad(p.a[i], p.q[i]) ? "bad"
          : "neither";
      judged.add(new Explanation.Judged(p.name(i), p.a[i], p.q[i], verdict));
    }
    String policy = "good: a >= " + f.hiA() + " and q >= " + f.hiQ() + "; bad: a <= " + f.loA()
        + " and q <= " + f.loQ() + "; all good -> " + (f.good() == FallbackPolicy.Good.ALL
        ? "all of V" : "the single best") + ", all bad -> " + (f.bad() == FallbackPolicy.Bad.NONE
        ? "nothing" : "the least bad") + ", mixed -> the single best";
    return new Explanation.Fallback(policy, judged);
  }

  private static List<String> names(RecommendProblem p, long mask) {
    List<String> out = new ArrayList<>();
    for (long m = mask; m != 0; m &= m - 1) {
      out.add(p.name(Long.numberOfTrailingZeros(m)));
    }
    return out;
  }
}
