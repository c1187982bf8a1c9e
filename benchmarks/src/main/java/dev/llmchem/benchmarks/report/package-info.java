/**
 * Turns JMH JSON into the reports under {@code perf-reports/}: {@link Summary} writes a
 * folder's {@code SUMMARY.md} and PNG plots (XChart), {@link Compare} diffs two folders and
 * flags changes above a threshold, {@link Limits} measures this machine's scaling limits
 * (largest exhaustive CHEME per time budget, largest history ingested in a second, memory per
 * row and per MIG node) and extrapolates past them with a fitted law, marked as such.
 *
 * <p>Design: every tool reads the same {@link Result} rows (one per benchmark method and
 * parameter combination, with the median of its measured iterations, which is what the
 * reports quote on this shared, noisy machine); units are normalised to seconds before any
 * ratio is taken. The tools are plain {@code main}s in the shaded benchmarks jar, driven by
 * {@code benchmarks/report.sh} and {@code benchmarks/compare.sh}.
 */
package dev.llmchem.benchmarks.report;
