/**
 * Task clustering (SPEC section 2): near-duplicate prompts are merged greedily by float32
 * TF-IDF cosine similarity, so that every row is keyed by its task's prototype. The float32
 * arithmetic mirrors the reference (torch) because with few distinct strings IDF values of
 * shared words are near zero and borderline merges depend on the last bits.
 */
package dev.llmchem.engine.task;
