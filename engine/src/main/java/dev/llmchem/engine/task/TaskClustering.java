package dev.llmchem.engine.task;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;

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
 * with the scan's own float dot product; the look-ups of a block of strings among the
 * prototypes found before it run in parallel ({@link GreedyPass}). Cost about O(nnz) plus the candidates, instead of
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
    return cluster(tasks, threshold, progress, Workers.available());
  }

  /** As above with {@code workers} threads for the look-ups (the answer does not depend on it). */
  static int[] cluster(String[] tasks, double threshold, ProgressListener progress, int workers) {
    return cluster(tasks, threshold, progress, workers, 0);
  }

  /** As above in blocks of {@code block} strings (0: the pass's own choice), for tests. */
  static int[] cluster(String[] tasks, double threshold, ProgressListener progress, int workers,
      int block) {
    int n = tasks.length;
    if (n == 0) {
      return new int[0];
    }
    if (!(threshold > 0)) {
      return ScanClustering.cluster(tasks, threshold, progress);
    }
    String what = "clustering " + n + " task strings";
    TfIdfVectors v = TfIdfVectors.of(tasks, progress, workers);
    boolean report = n >= 4096;
    if (report) {
      progress.start(what, n);
    }
    GreedyPass pass = block > 0 ? new GreedyPass(v, threshold, workers, block)
        : new GreedyPass(v, threshold, workers);
    int[] proto = pass.run(progress, what);
    if (report) {
      progress.finish();
    }
    return proto;
  }
}
