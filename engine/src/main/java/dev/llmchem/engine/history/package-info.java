/**
 * The in-memory performance history: an immutable, columnar, primitive store.
 *
 * <p>Design. One row of the CSV becomes one index {@code r} into parallel primitive arrays:
 * model, task, trial and item ids are interned to dense ints (first-appearance order, see
 * {@link dev.llmchem.engine.history.Dictionary}); quality, accuracy and the other numeric
 * columns are {@code double[]} (NaN where a non-required cell was empty or unparsable); the
 * strategy is a {@code byte} code ({@link dev.llmchem.engine.history.Strategy#NONE} when
 * missing or unknown); the 1-based starting line of each record is kept so any later finding
 * can name its line. The free-text {@code result} column is kept only when asked for.
 *
 * <p>Memory: 4 int ids, 7 doubles, 1 byte and 1 long line number per row plus the
 * dictionaries; measured 89-93 bytes per row retained (perf-reports/ingest.md). Instances are
 * immutable once built and safe to share between threads.
 *
 * <p>Access. No published method hands out a column: callers read one cell at a time
 * through the per-row accessors ({@code model(r)}, {@code quality(r)}, ...), which allocate
 * nothing (ranking and evaluation do), and a whole-column accessor ({@code quality()})
 * returns a copy, so no caller can change the history another caller sees. The analysis'
 * O(rows) loops ({@code Analysis.of}, the profile builder) read the columns in place through
 * the engine-internal {@link dev.llmchem.engine.internal.SharedArrays}, registered by
 * {@code History} itself.
 */
package dev.llmchem.engine.history;
