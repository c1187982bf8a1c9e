package dev.llmchem.engine.task;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;

/**
 * Greedy TF-IDF clustering of near-duplicate task strings (SPEC section 2), in float32
 * arithmetic as the reference computes it (torch), so that borderline merges agree.
 *
 * <p>Definition (its scan is {@link ScanClustering}, the naive twin): tokens are the
 * lower-cased string split on whitespace; TF = raw count; IDF(t) = ln(N / (1 + df(t))) (may be
 * zero or negative); vectors TF*IDF, L2-normalised (zero stays zero). Tasks in order: join the
 * prototype of highest cosine if it is &gt;= threshold (ties: earliest prototype), else become
 * a prototype.
 *
 * <p>How: the vectors in one sparse store ({@link TfIdfVectors}); the prototypes in an
 * inverted index over their prefixes ({@link PrefixIndex}), so a task is compared only with
 * the prototypes that share a rare token with it and whose bound can reach the threshold,
 * with the scan's own float dot product. Cost about O(nnz) plus the candidates, instead of
 * O(N * P * nnz); the result is identical to the scan (differential tests). A threshold
 * &lt;= 0 merges everything into the first task (every cosine is &gt;= 0): the scan does that
 * in O(nnz). Stateless.
 */
public final class TaskClustering {
  /** The reference's similarity threshold. */
  public static final double DEFAULT_THRESHOLD = 0.85;

  private TaskClustering() { }

  /**
   * Clusters distinct task strings given in first-appearance order.
   *
   * @return for each task, the index of its prototype task (a prototype maps to itself)
   */
  public static int[] cluster(String[] tasks, double threshold) {
    return cluster(tasks, threshold, ProgressListener.NONE);
  }

  /**
   * As above, reporting the strings done to {@code progress} ("clustering N task strings")
   * and polling {@code progress.cancelled()} every 256 strings.
   *
   * @throws CancelledException when cancelled
   */
  public static int[] cluster(String[] tasks, double threshold, ProgressListener progress) {
    int n = tasks.length;
    if (n == 0) {
      return new int[0];
    }
    if (!(threshold > 0)) {
      return ScanClustering.cluster(tasks, threshold, progress);
    }
    String what = "clustering " + n + " task strings";
    TfIdfVectors v = TfIdfVectors.of(tasks, progress);
    boolean report = n >= 4096;
    if (report) {
      progress.start(what, n);
    }
    int[] proto = new int[n];
    Best best = new Best(v, new PrefixIndex(v, threshold), n, threshold);
    for (int i = 0; i < n; i++) {
      if ((i & 0xFF) == 0xFF) {
        if (progress.cancelled()) {
          throw new CancelledException(what, 0.5 + 0.5 * i / n);
        }
        if (report) {
          progress.advance(256);
        }
      }
      proto[i] = best.assign(i);
    }
    if (report) {
      progress.finish();
    }
    return proto;
  }

  /** One step of the greedy pass; as a sink, keeps the best candidate of the current task. */
  private static final class Best implements PrefixIndex.Sink {
    private final TfIdfVectors v;
    private final PrefixIndex index;
    private final float[] dense;
    private final double slack;
    private final double threshold;
    private int proto;
    private float sim;

    Best(TfIdfVectors v, PrefixIndex index, int n, double threshold) {
      this.v = v;
      this.index = index;
      this.slack = index.slack();
      this.threshold = threshold;
      this.dense = new float[v.df.length];
    }

    /** The prototype of task i (i itself when it becomes one, then indexed). */
    int assign(int i) {
      proto = -1;
      sim = Float.NEGATIVE_INFINITY;
      if (index.load(i) > 0) {
        for (int k = v.start[i]; k < v.start[i + 1]; k++) {
          dense[v.col[k]] = v.val[k];
        }
        index.candidates(this);
        for (int k = v.start[i]; k < v.start[i + 1]; k++) {
          dense[v.col[k]] = 0f;
        }
      }
      if (proto >= 0 && (double) sim >= threshold) {
        return proto;
      }
      index.addLoaded(i);
      return i;
    }

    /** Highest cosine wins, the earliest prototype on ties (as the scan). */
    /**
     * The scan's sum (j's entries in column order against the query), abandoned as soon as
     * what is summed plus the norm of j's remaining entries (times the slack: the query's
     * norm, float rounding) cannot reach the threshold; the survivors' sums run to the end.
     */
    @Override
    public void accept(int j) {
      float s = 0f;
      for (int k = v.start[j], e = v.start[j + 1]; k < e; k++) {
        s += v.val[k] * dense[v.col[k]];
        if ((k & 7) == 7 && ((double) s + v.rest[k]) * slack < threshold) {
          return;
        }
      }
      if (s > sim || (s == sim && j < proto)) {
        sim = s;
        proto = j;
      }
    }
  }
}
