/**
 * Engine-internal plumbing, not part of the API (no compatibility promise; do not call it
 * from outside the engine).
 *
 * <p>{@link dev.llmchem.engine.internal.SharedArrays} lets an engine loop read, in place,
 * arrays that a published immutable type owns and never hands out: the 2^|U| cost table for
 * CHEME and the history columns for the analysis. Every other path reads published types
 * through their copying or per-element accessors.
 *
 * <p>{@link dev.llmchem.engine.internal.Workers} runs the workers of every parallel kernel
 * (dense and exact-eq1 CHEME, exact RECOMMEND of any size or of a given size) and holds the one
 * meaning of a thread count: 0 = one worker per available processor
 * ({@code Runtime.availableProcessors()}), 1 = the calling thread, n = n workers; the calling
 * thread is always one of the workers, the others are tasks in a pool (the common pool for the
 * convenience entry points without a pool, the caller's pool with its parallelism as the count,
 * or one made per call for a {@code threads} option). It joins every task before it returns or
 * rethrows the first failure, and gives the workers one stop signal that they poll per work
 * item (cancellation through the {@code ProgressListener}, or a failed worker).
 */
package dev.llmchem.engine.internal;
