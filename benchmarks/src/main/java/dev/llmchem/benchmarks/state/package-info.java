/** Shared JMH states: data built once per trial from fixed seeds. */
package dev.llmchem.benchmarks.state;
