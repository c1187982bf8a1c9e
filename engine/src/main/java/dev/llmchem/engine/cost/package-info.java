/**
 * Cost of model subsets (SPEC section 4, paper Eq. 1) and caller-supplied cost tables.
 *
 * <p>{@link dev.llmchem.engine.cost.CostKernel} builds the dense {@code double[2^|U|]} table
 * in O(2^|U|) from penalties in rank order (bit i = rank i), bit-identical to the naive twin
 * {@link dev.llmchem.engine.cost.NaiveCost} that sorts every subset. The table refuses sizes
 * beyond |U| = 30 or the free heap before allocating. {@link dev.llmchem.engine.cost.CostTable}
 * maps S-masks onto U bits (members outside U never change a cost) and accepts any
 * non-negative table a caller supplies instead of Eq. 1.
 *
 * <p>A {@code CostTable} owns its array: {@code of} copies what a caller supplies,
 * {@code table()} returns a copy, and cells are read with {@code cost(sMask)} or
 * {@code costOfUMask(uMask)}. The CHEME kernels, which scan all 2^|U| cells per run, read it
 * in place through the engine-internal {@link dev.llmchem.engine.internal.SharedArrays}
 * instead of copying the engine's largest array.
 */
package dev.llmchem.engine.cost;
