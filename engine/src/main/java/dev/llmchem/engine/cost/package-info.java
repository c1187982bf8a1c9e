/**
 * Cost of model subsets (SPEC section 4, paper Eq. 1) and caller-supplied cost tables.
 *
 * <p>{@link dev.llmchem.engine.cost.CostKernel} builds the dense {@code double[2^|U|]} table
 * in O(2^|U|) from penalties in rank order (bit i = rank i), bit-identical to the naive twin
 * {@link dev.llmchem.engine.cost.NaiveCost} that sorts every subset. The table refuses sizes
 * beyond |U| = 30 or the free heap before allocating. {@link dev.llmchem.engine.cost.CostTable}
 * maps S-masks onto U bits (members outside U never change a cost) and accepts any
 * non-negative table a caller supplies instead of Eq. 1.
 */
package dev.llmchem.engine.cost;
