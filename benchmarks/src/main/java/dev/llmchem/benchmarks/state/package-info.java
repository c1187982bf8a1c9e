/** Shared JMH states and the data-set constants every suite uses. */
package dev.llmchem.benchmarks.state;
