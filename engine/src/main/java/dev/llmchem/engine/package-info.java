/**
 * LLM Chemistry engine: the public facade over ingest, task clustering, profiles, cost, MIG,
 * CHEME and RECOMMEND. See the sub-packages for the kernels and their design notes.
 */
package dev.llmchem.engine;
