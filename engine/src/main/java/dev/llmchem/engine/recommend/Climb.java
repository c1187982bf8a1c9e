package dev.llmchem.engine.recommend;

/**
 * The state of one hill climb of {@link LocalSearch} and {@link SizeLocalSearch}: the current
 * set X, {@code w[s]} (chem from s to the members of X), intra(X), inter(X), |X| and its loss,
 * and the neighbour scans over them, each neighbour's loss in O(1) (rules in
 * {@link LossKernel}). The scans keep the first neighbour of least loss (strict &lt; beyond the
 * tolerance) in {@link #next} / {@link #nextLoss}, in the fixed order their callers document.
 * {@link #moveTo} recomputes the state from scratch in the fixed summation order, so the
 * current loss always equals a full recomputation bit for bit. Mutable, one per search call.
 */
final class Climb {
  private final int n;
  private final double[] chem;
  private final double[] deg;
  private final double maxT;
  private final double maxI;
  private final double alpha;
  private final double beta;
  /** Losses closer than this count as equal. */
  final double tol;
  /** All n models as a mask. */
  final long all;
  private final double[] w;

  /** The current set X, |X|, and its loss. */
  long set;
  int size;
  double loss;
  private double intra;
  private double inter;

  /** The best neighbour the scans found since {@link #clearNext}, and its loss. */
  long next;
  double nextLoss;
  /** Loss evaluations done by the scans (the callers add their own). */
  long evaluations;

  Climb(int n, double[] chem, double[] deg, double maxT, double maxI, double alpha,
      double beta) {
    this.n = n;
    this.chem = chem;
    this.deg = deg;
    this.maxT = maxT;
    this.maxI = maxI;
    this.alpha = alpha;
    this.beta = beta;
    this.tol = LossKernel.tolerance(maxT);
    this.all = Masks.all(n);
    this.w = new double[n];
  }

  /** Makes {@code x} the current set (state recomputed from scratch). */
  void moveTo(long x) {
    set = x;
    LossKernel.memberSums(n, chem, x, w);
    intra = LossKernel.intra(n, chem, x);
    inter = LossKernel.inter(n, chem, x);
    size = Long.bitCount(x);
    loss = LossKernel.loss(intra, inter, maxT, maxI, size, alpha, beta);
  }

  /** The loss of X without member {@code r}. */
  double lossWithout(int r) {
    return LossKernel.loss(intra - w[r], inter - deg[r] + 2 * w[r], maxT, maxI, size - 1,
        alpha, beta);
  }

  /** The loss of X with non-member {@code a}. */
  double lossWith(int a) {
    return LossKernel.loss(intra + w[a], inter + deg[a] - 2 * w[a], maxT, maxI, size + 1,
        alpha, beta);
  }

  /** Forgets the neighbour found so far. */
  void clearNext() {
    next = 0;
    nextLoss = Double.POSITIVE_INFINITY;
  }

  /** Removals, member ascending. */
  void scanRemovals() {
    for (long m = set; m != 0; m &= m - 1) {
      int r = Long.numberOfTrailingZeros(m);
      offer(set & ~(1L << r), lossWithout(r));
    }
  }

  /** Additions, non-member ascending. */
  void scanAdditions() {
    for (long m = ~set & all; m != 0; m &= m - 1) {
      int a = Long.numberOfTrailingZeros(m);
      offer(set | (1L << a), lossWith(a));
    }
  }

  /** Swaps: removed member ascending, then added non-member ascending. */
  void scanSwaps() {
    long out = ~set & all;
    long nb = next;
    double nbLoss = nextLoss;
    long evals = 0;
    for (long m = set; m != 0; m &= m - 1) {
      int r = Long.numberOfTrailingZeros(m);
      double intraR = intra - w[r];
      double interR = inter - deg[r] + 2 * w[r];
      int row = r * n;
      for (long o = out; o != 0; o &= o - 1) {
        int a = Long.numberOfTrailingZeros(o);
        double wa = w[a] - chem[row + a];
        double l = LossKernel.loss(intraR + wa, interR + deg[a] - 2 * wa, maxT, maxI, size,
            alpha, beta);
        evals++;
        if (l < nbLoss - tol) {
          nbLoss = l;
          nb = (set & ~(1L << r)) | (1L << a);
        }
      }
    }
    next = nb;
    nextLoss = nbLoss;
    evaluations += evals;
  }

  /** Whether the best neighbour found improves on the current loss beyond the tolerance. */
  boolean nextImproves() {
    return nextLoss < loss - tol;
  }

  private void offer(long x, double l) {
    evaluations++;
    if (l < nextLoss - tol) {
      nextLoss = l;
      next = x;
    }
  }
}
