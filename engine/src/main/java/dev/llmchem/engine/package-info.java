/**
 * LLM Chemistry engine: the public facade over ingest, task clustering, profiles, cost, MIG,
 * CHEME and RECOMMEND.
 *
 * <p>Flow (one direction, each step a pure function of immutable inputs):
 * {@link dev.llmchem.engine.io.HistoryReader} reads a CSV into a columnar
 * {@link dev.llmchem.engine.history.History}; {@link dev.llmchem.engine.Analysis} clusters task
 * strings, builds S and the per-task profiles; each {@link dev.llmchem.engine.TaskAnalysis}
 * holds one task's profiles, U (rank order), X_Q and its Eq. 1 cost table (built lazily, once);
 * {@link dev.llmchem.engine.TaskAnalysis#chemistry} runs CHEME (kernel and threads chosen by
 * {@link dev.llmchem.engine.ChemeOptions}) into a {@link dev.llmchem.engine.Chemistry}
 * snapshot, which answers chem, cost, LLMCP and RECOMMEND queries
 * ({@link dev.llmchem.engine.RecommendOptions}). Histories with many task clusters are
 * analysed by {@link dev.llmchem.engine.TaskRunner}: tasks in parallel, each task's kernels on
 * one worker, results handed over in task order (the CLI streams them).
 *
 * <p>Errors the user can cause are {@link dev.llmchem.engine.io.InputException} (file, line,
 * reason) and {@link dev.llmchem.engine.control.LimitException} (a size refused up front, with the way
 * out: every allocation growing with 2^|U|, |S|^2, rows or tasks x models is checked against
 * the free heap first). Nothing here prints; long work reports through
 * {@link dev.llmchem.engine.control.ProgressListener}, whose {@code cancelled()} the kernels poll once
 * per block of work: a cancelled run throws {@link dev.llmchem.engine.control.CancelledException} after
 * its workers stop, returns nothing partial and leaves the inputs usable.
 * Snapshots are immutable and safe to share between threads without locks; results do not
 * depend on the thread count. A thread count means the same everywhere (the options, the CLI's
 * {@code --threads}): 0 = one worker per available processor, 1 = the calling thread, n = the
 * calling thread and n - 1 threads of a pool made for the call
 * ({@code dev.llmchem.engine.internal.Workers}).
 *
 * <p>Immutability is enforced, not requested: no public method of a published type (history,
 * analysis, profiles, U, cost table, snapshots, results) hands out an array or collection it
 * keeps. Arrays come back as copies, collections as unmodifiable lists or maps, and loops read
 * per element ({@code History.quality(r)}, {@code UsedSet.penalty(k)},
 * {@code CostTable.cost(mask)}); records holding arrays copy them in and out. The arrays an
 * engine loop reads in place across packages (the 2^|U| cost table scanned by CHEME, the
 * history columns walked by the analysis) go through the engine-internal
 * {@code dev.llmchem.engine.internal} package, never through a published method.
 * {@code ApiImmutabilityTest} mutates everything every public method returns and checks that
 * no answer changes.
 *
 * <p>Live histories. {@link dev.llmchem.engine.LiveAnalysis} takes appended rows and publishes
 * a new immutable snapshot (tasks, CHEME, RECOMMEND) after each batch with one volatile write;
 * only changed tasks are recomputed (machinery in {@code dev.llmchem.engine.live}); after
 * every batch it equals {@code Analysis.of} over all rows so far.
 *
 * <p>Layering. This package holds the facade only (Analysis, TaskAnalysis, Chemistry, TaskRunner,
 * LiveAnalysis, their options and two package-private helpers choosing and running the CHEME
 * kernel). Its
 * subpackages never import it: run control lives in {@code dev.llmchem.engine.control}, and
 * the paper's evaluation, which is a client of the facade, lives in {@code dev.llmchem.eval}
 * ({@code LayeringTest} checks both).
 */
package dev.llmchem.engine;
