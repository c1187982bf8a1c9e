/** JMH suites of the engine: ingest, cost table, CHEME, MIG, RECOMMEND. */
package dev.llmchem.benchmarks;
