/**
 * Run control shared by every layer of the engine: {@link
 * dev.llmchem.engine.control.ProgressListener} (progress and cooperative cancellation),
 * {@link dev.llmchem.engine.control.CancelledException} (work stopped, nothing partial
 * returned) and {@link dev.llmchem.engine.control.LimitException} (a size refused up front).
 *
 * <p>Design. These types sit below everything else: the kernels (cheme, cost, mig, recommend),
 * ingest (io, history), profiles and grading import them, and they import nothing of the
 * engine, so no package needs to reach up to the facade. Refusals are data, not prose: a
 * {@code LimitException} carries its kind, what was refused, the size against the limit, the
 * heap to request and the alternatives as enum values. Its message uses the engine's words
 * only; a front end phrases its own advice from the values (the CLI maps each alternative to
 * the flag that selects it and more heap to {@code JAVA_OPTS=-Xmx..}).
 */
package dev.llmchem.engine.control;
