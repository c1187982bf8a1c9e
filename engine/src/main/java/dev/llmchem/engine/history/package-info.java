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
 * <p>Access. The columns never leave the {@link dev.llmchem.engine.history.History}: code
 * that walks the rows (profiles, ranking, evaluation) reads one cell at a time through the
 * per-row accessors ({@code model(r)}, {@code quality(r)}, ...), which allocate nothing and
 * inline to an array load; a whole-column accessor ({@code quality()}) returns a copy, so no
 * caller can change the history another caller sees.
 */
package dev.llmchem.engine.history;
