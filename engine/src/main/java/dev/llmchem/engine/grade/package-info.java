/**
 * Consensus grading (SPEC section 8, paper section 2.1): raw peer grades in, the history's
 * quality, variance, review_accuracy and accuracy out.
 *
 * <h2>Model</h2>
 * An <em>answer</em> is one (trial, item id, author model). In a trial every model may grade
 * other models' answers on [0, 10]. {@link dev.llmchem.engine.grade.Mvle} is the Minimum
 * Variance Linear Estimator (de Alfaro and Shavlovsky, Vancouver) on parallel arrays
 * {@code answer[k], reviewer[k], grade[k]}; {@link dev.llmchem.engine.grade.NaiveMvle} is its
 * oracle, written straight from the SPEC with per-answer and per-reviewer lists.
 * {@link dev.llmchem.engine.grade.Consensus} runs one independent instance per trial over a
 * {@link dev.llmchem.engine.grade.GradeSheet}; {@link dev.llmchem.engine.grade.Scores} maps
 * the outputs to columns.
 *
 * <h2>The iteration</h2>
 * Start with every reviewer's variance v_j = 1, so round 1 gives the plain mean. Each round:
 * <ol>
 * <li>consensus c_i = sum_j (g_ij / v_j) / sum_j (1 / v_j) over the grades of answer i;</li>
 * <li>v_j = max(floor, mean over j's grades of (g_ij - c_i)^2).</li>
 * </ol>
 * c_i is clamped to the answer's [least, greatest] grade: a weighted mean of three 10s can
 * round to 10.000000000000002, which a history rejects as quality out of range.
 * Stop when no c_i moved by more than the tolerance (default 1e-9 grade points) or after the
 * round limit (default 10,000); the rounds used and whether it converged are reported. Each
 * step is the exact minimiser, in its own block, of
 * L(c, v) = sum over grades of [(g_ij - c_i)^2 / v_j + ln v_j] subject to v_j &gt;= floor, so L
 * never increases and is bounded below (v_j &gt;= floor): the rounds settle. The tests check
 * the monotone L on random instances.
 *
 * <h2>Leave-one-out option</h2>
 * With few reviewers per answer, step 2 lets a reviewer vouch for itself: its own grade pulls
 * the consensus it is measured against, the heavier reviewer looks better and gets heavier.
 * {@link dev.llmchem.engine.grade.MvleParams#leaveOneOut()} measures v_j against the weighted
 * mean of the <em>other</em> grades of each answer (as the Vancouver algorithm does; answers
 * with one grade are skipped; a reviewer with no such grade keeps weight 1 and reports NaN).
 * Round trip (100 answers, noise sd 0.5-2.5, {@code RoundTripTest}): RMS error vs truth with
 * 3 / 6 / 12 / 24 reviewers, SPEC 0.92 / 0.80 / 0.38 / 0.22, leave-one-out 0.79 / 0.54 /
 * 0.35 / 0.22, ideal (true variances) 0.72 / 0.57 / 0.35 / 0.22, plain mean 0.88 / 0.64 /
 * 0.45 / 0.30. The SPEC's way is the default (it is the contract); the objective L below is
 * not monotone for the option, which converged on every random instance tested.
 *
 * <h2>Constants and why</h2>
 * <ul>
 * <li><b>Variance floor 1/12</b> grade point squared: the variance of rounding to a whole
 *     grade. Without a floor, a reviewer who agrees exactly with a consensus its own weight
 *     dominates gets v = 0 and an infinite weight. With two reviewers on an answer the
 *     iteration is self-reinforcing (the closer reviewer gets closer), so their weight ratio
 *     runs to the bound the floor sets; more reviewers per answer dilute this.</li>
 * <li><b>review_accuracy = s / (s + max(0, v - floor))</b>, s = 1 grade point squared: the
 *     inverse variance the paper names as the proxy, bounded to (0, 1]: 1 at the floor, 1/2
 *     one grade point squared above it. Decreasing in v.</li>
 * <li><b>accuracy</b> = 0.75 generation + 0.25 review when the answer's ground truth is
 *     known; otherwise generation accuracy is 0.0 (paper) and the weights are 0.25/0.75,
 *     i.e. 0.75 review. (The paper's o3-mini: 0.75 * 1.0 + 0.25 * 0.846 = 0.962.) Note that
 *     a wrong answer with ground truth scores 0.25 review, less than an unchecked one.</li>
 * </ul>
 *
 * <h2>Edge cases</h2>
 * A reviewer who graded nothing has variance and review accuracy NaN and no weight; an answer
 * nobody graded has consensus NaN. A single reviewer's grades are the consensus and its
 * variance is the floor. Grades outside [0, 10] or NaN are refused
 * ({@link java.lang.IllegalArgumentException} naming the grade's position; the CSV reader
 * names file and line first). A repeated (answer, reviewer) pair counts twice in the kernel;
 * the reader refuses it.
 *
 * <h2>Complexity</h2>
 * Per round O(grades) time, O(answers + reviewers) memory; no allocation inside the loop.
 * All entry points are stateless and thread-safe.
 *
 * <h2>Results own their arrays</h2>
 * {@link dev.llmchem.engine.grade.GradeSheet}, {@link dev.llmchem.engine.grade.MvleResult},
 * {@code Consensus.Result} and {@code Consensus.Columns} are records over arrays: each copies
 * its arrays when built and returns copies from the array accessors, and code that walks
 * answers or grades reads one cell at a time ({@code sheet.answerTrial(a)},
 * {@code result.variance(j)}). The copies are O(answers + grades) once per record, against the
 * O(grades) per round of the estimator.
 */
package dev.llmchem.engine.grade;
