/**
 * Engine-internal plumbing, not part of the API (no compatibility promise; do not call it
 * from outside the engine).
 *
 * <p>{@link dev.llmchem.engine.internal.SharedArrays} lets an engine loop read, in place,
 * arrays that a published immutable type owns and never hands out: the 2^|U| cost table for
 * CHEME and the history columns for the analysis. Every other path reads published types
 * through their copying or per-element accessors.
 */
package dev.llmchem.engine.internal;
