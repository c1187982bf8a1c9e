/**
 * Shared JMH states (data built once per trial from fixed seeds) and the data-set constants
 * every suite uses.
 */
package dev.llmchem.benchmarks.state;
