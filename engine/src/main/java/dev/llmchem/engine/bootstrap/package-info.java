/**
 * Bootstrap confidence for CHEME and RECOMMEND (contract section 12, "Bootstrap intervals"):
 * how much each answer depends on which benchmark runs happen to be in the history.
 *
 * <h2>What is resampled</h2>
 * Per task, the unit is a <b>trial</b> by default ({@link dev.llmchem.engine.bootstrap.Unit}):
 * one benchmark run, one configuration of models, i.e. every analysed row of the task with the
 * same {@code trial} value. A replicate draws as many trials as the task has, uniformly with
 * replacement, and rebuilds the task from the rows of the drawn trials: profiles by the
 * analysis' aggregation (SPEC 3; a trial drawn k times weighs k times in {@code mean}, and is
 * the same row for {@code max} and {@code last}), U, the Eq. 1 cost table, CHEME (the point
 * run's method) and RECOMMEND (the point run's options). S stays the analysis' S: a model in no
 * drawn trial has no profile in the replicate, as a model without rows in a task has none.
 * Rows can be the unit instead ({@code --resample rows}); rows of one trial then split, which
 * breaks the configurations X_Q are made of, so trials are the default.
 *
 * <h2>How a replicate is built without a new history</h2>
 * {@link dev.llmchem.engine.bootstrap.TaskSample} keeps, once per task, the candidate rows of
 * each (trial, model): for {@code max} the earliest best row, for {@code last} the last row,
 * for {@code mean} (or rows as units) every row. A replicate scans the candidates of the drawn
 * units in file order: O(candidates + |S|) instead of O(rows) plus an analysis. The naive twin
 * ({@code BootstrapOracle} in the tests) writes the drawn rows as a new history (each drawn
 * unit's rows, a unit drawn k times as k adjacent copies, in file order) and analyses it from
 * scratch; a randomised differential test checks every aggregation and unit, bit for bit
 * (profiles) and to 1e-12 (chemistry, loss).
 *
 * <h2>Determinism</h2>
 * Replicate r of task t (its cluster index) draws from the (r + 1)-th split of the (t + 1)-th
 * split of {@code new SplittableRandom(seed)} ({@link dev.llmchem.engine.bootstrap.Resampler});
 * the generators are made on the calling thread, the workers take replicate indices from a
 * shared counter and write each replicate's outputs into its own slot
 * ({@link dev.llmchem.engine.bootstrap.Replicates}); the summary reads the slots in replicate
 * order. So the result is a function of (history, options, seed, B) for any thread count, and a
 * task draws the same whether analysed alone or with others.
 *
 * <h2>What is reported</h2>
 * Per pair with a point entry ({@link dev.llmchem.engine.bootstrap.PairInterval}): the point
 * value, the bootstrap mean, the 2.5 / 50 / 97.5 percentiles (type 7, NumPy's default:
 * {@link dev.llmchem.engine.bootstrap.Summary}), min and max, P(chem &gt; 0) and the share of
 * replicates with an entry; a replicate without an entry for the pair counts as 0, as
 * RECOMMEND counts it. For RECOMMEND ({@link dev.llmchem.engine.bootstrap.RecommendStability}):
 * the share of replicates recommending exactly the point set, the most frequent sets, every
 * model's inclusion share, the loss distribution over replicates with a finite loss, and the
 * reasons that occurred. Every result type is an immutable record.
 *
 * <h2>Cost</h2>
 * O(rows) once per task, then per replicate O(candidates + |S|) for the profiles plus one CHEME
 * and one RECOMMEND: on {@code runs.csv} (|S| = |U| = 12) the CHEME of 2^12 costs dominates.
 * Memory: B x listed pairs doubles (checked against the free heap first).
 * The facade entry point is {@code Bootstrap} in {@code dev.llmchem.engine}.
 *
 * <h2>A task apart from its analysis</h2>
 * A distributed runner ({@code chem-spark}) analyses each task where its rows are, without an
 * {@code Analysis} of the whole history: it builds the task's {@code TaskSample} from a history
 * of the task's analysed rows alone (file order kept, model ids mapped to S) and calls
 * {@code Bootstrap.run(task, clusterIndex, sample, ...)}. The units are numbered in order of
 * first appearance within the task's rows either way, and the draws depend on (seed, cluster
 * index, replicate) only, so the result is the one of the task in its analysis
 * ({@code BootstrapApartTest}, randomised, every aggregation and unit).
 */
package dev.llmchem.engine.bootstrap;
