/**
 * Live histories: the machinery behind the facade's {@code LiveAnalysis}, which takes
 * appended rows and publishes a new immutable snapshot after each batch.
 *
 * <p>Design. One writer, many readers. The writer's state ({@link
 * dev.llmchem.engine.live.LiveState}) is never seen by readers: the kept rows in
 * append-only columns with the rows of each task string ({@code RowStore}), the task clusters
 * ({@code TaskIndex}), and per cluster the running aggregates of each model ({@code Cells}:
 * the {@code max} row with the reference's tie rule "earlier row wins", the last row, and the
 * sums of quality and floored accuracy in row order, the state {@code ProfileBuilder} keeps,
 * updated in the same order, hence the same doubles). {@code LiveState.publish} applies the
 * staged rows and returns a {@link dev.llmchem.engine.live.Delta}: per cluster its profiles
 * and whether they are the previous object (KEPT), new profiles of the same values (RELINED:
 * only source lines moved; CHEME and RECOMMEND carry over) or changed (REBUILT). The facade
 * rebuilds TaskAnalysis, CHEME and RECOMMEND for the REBUILT clusters only and publishes the
 * snapshot with one volatile write; readers never lock and see the old or the new snapshot.
 *
 * <p>What a batch costs. A row of a known task string: an array read and a compare on its
 * cluster's cells (under {@code max} a row that does not beat the kept one changes nothing).
 * A changed profile: that task's profiles, cost table, CHEME and RECOMMEND, plus O(tasks)
 * reference copies for the new snapshot's list. New distinct task strings: the IDF of every
 * token depends on the number of distinct strings, so every vector and any greedy merge can
 * change; all strings are clustered again ({@code TaskClustering}, about 0.6 s for 10^5
 * strings) and the clusters whose member list is unchanged keep their cells, the others are
 * rebuilt from their members' rows (merged in row order). With a task column (no clustering)
 * a new value is a new cluster. A new model changes S, hence every task's profiles (rebuilt
 * from the cells, no row is read again) and CHEME.
 *
 * <p>Contract: after every batch the snapshot equals a full rebuild from the concatenated rows
 * ({@code LiveDifferentialTest}). {@link dev.llmchem.engine.live.PairDiff} lists the pairs
 * whose chemistry changed; {@link dev.llmchem.engine.live.LiveRow} is a row given from code.
 */
package dev.llmchem.engine.live;
