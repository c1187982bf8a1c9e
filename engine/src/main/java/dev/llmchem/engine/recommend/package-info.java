/**
 * RECOMMEND (SPEC section 7): which models to use for a task, from chemistry and history.
 *
 * <h2>Entry points</h2>
 * {@link dev.llmchem.engine.recommend.Recommender} takes an immutable
 * {@link dev.llmchem.engine.recommend.RecommendProblem} (names sorted, index = model id,
 * chemistry as a dense symmetric {@code double[n*n]}, X_Q as {@code long} masks, per-model a
 * and q for the fallback) and {@link dev.llmchem.engine.recommend.RecommendParams} (alpha 0.5,
 * beta 0.5, iters 10, minSize 2), and returns a {@link dev.llmchem.engine.recommend.Recommendation}
 * (mask, loss, {@link dev.llmchem.engine.recommend.Reason}, details). Four methods:
 * <ul>
 *   <li>{@code reference}: the reference's hill climbing from X_Q ({@link
 *       dev.llmchem.engine.recommend.LocalSearch});
 *   <li>{@code exact}: the global optimum of the same loss over all sets of size &gt;= minSize
 *       ({@link dev.llmchem.engine.recommend.ExactSearch}, n &lt;= 30, sequential or parallel);
 *   <li>{@code referenceOfSize}, {@code exactOfSize}: the same for exactly N models
 *       ({@link dev.llmchem.engine.recommend.SizeLocalSearch},
 *       {@link dev.llmchem.engine.recommend.ExactSizeSearch}).
 * </ul>
 * {@link dev.llmchem.engine.recommend.Explainer} takes an answer apart; its runner-ups are the
 * k best sets by (full loss, mask) from {@link dev.llmchem.engine.recommend.RunnerUps}, the
 * exact search's meet in the middle with a bounded list per worker, an O(1) screen and exact
 * pruning ({@code TopKSearch}, {@code TopKScreen}, n &lt;= 30).
 *
 * <h2>The loss and its incremental form</h2>
 * loss(X) = alpha (maxI - inter(X)) + (1 - alpha)(maxT - intra(X)) + beta |X|, +infinity when a
 * slack is negative. With w[s] = chem from s to the members of X and deg[s] = the row sum,
 * every neighbour (remove, add, swap) is O(1) ({@link dev.llmchem.engine.recommend.LossKernel}).
 * The exact search splits masks into a 14-bit low half with precomputed tables and a high
 * half, so each of the 2^n subsets costs O(1).
 *
 * <h2>Deterministic tie-breaks (the reference leaves these to Python's hash order)</h2>
 * <ul>
 *   <li>Losses closer than {@code 1e-12 * max(1, maxT)} are equal, and a slack is negative only
 *       below minus that amount ({@link dev.llmchem.engine.recommend.LossKernel#ROUNDING_TOL}):
 *       so rounding never decides between sets that tie in real arithmetic, and the O(1)
 *       incremental evaluation decides exactly like a full recomputation.
 *   <li>maxI: degree descending, then name ascending.
 *   <li>X_Q: duplicates dropped; starts visited in lexicographic order of their sorted name
 *       lists (the goldens' order), e.g. [a] &lt; [a, b] &lt; [a, c] &lt; [b].
 *   <li>Neighbours: removals (member ascending), additions (non-member ascending), swaps (removed
 *       member ascending, then added non-member ascending); the first least loss wins; a move
 *       or a new overall best needs a strictly lower loss (beyond the tolerance).
 *   <li>Fallback best model: largest a, largest q, shortest name (code points), name ascending.
 *   <li>Exact searches: least computed loss, then the smallest mask (unsigned); sequential and
 *       parallel return the same set. Subsets whose losses tie in real arithmetic are ranked by
 *       the computed value, i.e. by rounding (the reported loss is always a full
 *       recomputation, so it can exceed the local search's by an ulp or so).
 *   <li>Size N local search: each start is trimmed (remove the member whose removal gives the
 *       least loss) or padded (add the non-member whose addition gives the least loss) to N,
 *       ties to the lowest index; then swaps only.
 * </ul>
 *
 * <h2>Gates and reasons</h2>
 * No chemistry entry: the fallback (fallback-all-good / -all-bad / -mixed; an empty X_Q gives
 * no-valid-configurations). Reference: X_Q filtered to |X| &gt;= minSize with a pair of
 * chem &gt; 0 (our chemistry decides; values that are 0 exactly stay 0), none left gives
 * no-valid-configurations. Exact and size-N methods need some pair with chem &gt; 0 anywhere.
 * Every candidate infeasible: no-valid-configurations, with an explanation.
 *
 * <h2>Complexity</h2>
 * Reference: O(|X_Q| iters |X|(n - |X|)) plus O(n |X|) per move. Exact: O(2^n) time and
 * O(2^14) memory per worker. Exact size N: O(C(n, N) + n C(n, N - 1)), at most 2^31
 * combinations. Runner-ups: O(2^n) plus O(n^2) per set within rounding distance of the
 * running k-th loss. All kernels are final classes of static methods on primitive arrays; each
 * has a naive twin ({@code NaiveLoss}, {@code NaiveLocalSearch}, {@code NaiveExactSearch},
 * {@code NaiveSizeSearch}, {@code NaiveRunnerUps}) written from the SPEC and used by
 * randomised differential tests.
 * Nothing here prints; everything is thread-safe.
 *
 * <h2>Workers</h2>
 * The exact searches run their workers through {@code dev.llmchem.engine.internal.Workers}:
 * the calling thread is one, the others are tasks in a pool (entry points without a pool: one
 * worker per available processor with the common pool; with a pool: its parallelism; a null
 * pool: the calling thread only). Workers take chunks of the high-bit range (exact,
 * runner-ups) or (first, second member) tasks (exact size N) from a shared counter and poll the
 * {@code ProgressListener} before each; their bests (or k best) merge by (loss, mask), so the
 * answer does not depend on the count.
 */
package dev.llmchem.engine.recommend;
