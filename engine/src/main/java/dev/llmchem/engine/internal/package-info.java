/**
 * Engine-internal plumbing, not part of the API (no compatibility promise; do not call it
 * from outside the engine).
 *
 * <p>{@link dev.llmchem.engine.internal.SharedArrays} lets an engine kernel read, in place,
 * an array that a published immutable type owns and never hands out (the 2^|U| cost table
 * for CHEME). Every other path reads published types through their copying or per-element
 * accessors.
 */
package dev.llmchem.engine.internal;
