/**
 * Pairwise interaction indices of cooperative game theory beside CHEME (issue 22;
 * docs/interaction.md): the Shapley and the Banzhaf interaction index
 * ({@link dev.llmchem.engine.interaction.InteractionIndex}) of every pair of the players U,
 * over the same cost table as CHEME, with v(X) = cost(X).
 *
 * <p>Definition. For players i ≠ j of n = |U|,
 * I(i, j) = sum over X ⊆ U \ {i, j} of w(|X|) Δ_ij v(X), Δ_ij v(X) = v(X+i+j) - v(X+i) -
 * v(X+j) + v(X), with w(k) = k! (n-k-2)! / (n-1)! (Shapley) or 2^-(n-2) (Banzhaf). CHEME takes
 * the largest |Δ| / v(X+i+j); these take a weighted mean of the signed Δ (the weights of the
 * contexts sum to 1). With v = cost (lower is better) a negative value means complements, a
 * positive one substitutes. Members outside U never change a cost: their pairs are 0, and the
 * values of pairs inside U are the same whether the players are U or S (null players change
 * neither index), so U is the player set.
 *
 * <p>Methods, all over the dense table of 2^n costs (bit i = the i-th model of U) except the
 * last: {@link dev.llmchem.engine.interaction.NaiveInteraction} sums the definition pair by
 * pair (the oracle, O(n^2 2^n)); {@link dev.llmchem.engine.interaction.MoebiusInteraction}
 * is the textbook route (Moebius transform in place, scale by 1/(|T|-1) or 2^-(|T|-2),
 * superset sums in place; O(n 2^n) and a copy of the table);
 * {@link dev.llmchem.engine.interaction.DenseInteraction} is the engine's kernel;
 * {@link dev.llmchem.engine.interaction.Eq1Interaction} is the closed form for the Eq. 1
 * cost (O(n^2), any n, no table).
 *
 * <p>The direct kernel. Group the definition by the cell Y it reads: with k = |Y| and
 * a = [i ∈ Y], b = [j ∈ Y], the coefficient of v(Y) is ab w(k-2) - a(1-b) w(k-1) - (1-a)b
 * w(k-1) + (1-a)(1-b) w(k) = ab alpha(k) - (a+b) beta(k) + w(k), alpha(k) = w(k-2) + 2 w(k-1)
 * + w(k), beta(k) = w(k-1) + w(k). So all pairs follow from three moments of the table,
 * M2(i, j) = sum of alpha(|Y|) v(Y) over Y ∋ i, j; M1(i) = sum of beta(|Y|) v(Y) over Y ∋ i;
 * M0 = sum of w(|Y|) v(Y): I(i, j) = M2(i, j) - M1(i) - M1(j) + M0. The moments come from one
 * read of the table in blocks of 2^L contiguous cells (low bits l, block number h): per block
 * one weighted sum (M1 of the block's high members), one element-wise product and a fold in
 * halves whose half sums are the M2 of each low member with the block's high members and
 * whose last cell is the M2 of the block's high pairs, plus a running sum per popcount of h
 * from which the low-only moments come at the end of a chunk. Work: about 6 flops per cell,
 * O(2^n + n^2 2^(n-L) + chunks (n - L) 2^L L^2), i.e. O(2^n): below the O(n 2^n) of the
 * Moebius route, with no 2^n copy (8 GiB at n = 30), every inner loop a contiguous run that
 * C2 vectorises or sums with four accumulators, and parallel over a fixed cut into chunks
 * whose partial moments are added in chunk order (bit-identical for any thread count).
 *
 * <p>Floating point. The methods sum in different orders; they agree to a tolerance, not
 * bit for bit. The direct kernel's moments are sums of positive-weighted cells of total
 * weight O(n) (Shapley: M0 has total weight n - 1) that cancel to the index, so its error is
 * about n eps max|v| (observed: below 3e-14 max|v| for n &lt;= 14; the tests allow 1e-12 max|v|
 * against the naive sum, whose own error is of the same order). The Moebius coefficients of a
 * table of unstructured values grow like 2^(|T|/2) max|v| and cancel in the superset sums, so
 * that route loses more (observed 1e-13 at n = 14; the tests allow 1e-10). The Eq. 1 closed
 * form agrees with the dense kernel to 1e-12 (values are O(1)).
 *
 * <p>Exact Eq. 1. An index is linear in v, and Eq. 1 is the unit game on the empty set plus,
 * per used model m, p_m [m ∈ X] / (1 + |X ∩ before(m)|). For a pair ranked r_i &lt; r_j only
 * the empty-set game, m = j and the models ranked after j depend on both members; their
 * context sums reduce to one-dimensional sums over binomial counts that telescope:
 * Shapley I(i, j) = 1/(n-1) - p_j/(r_j+1) + sum over r_m &gt; r_j of p_m / (r_m (r_m+1))
 * (0-based ranks), Banzhaf likewise ({@code Eq1Interaction}). The value depends on the
 * lower-ranked member only, so the pairs of one model with every better-ranked model tie.
 *
 * <p>Results: {@link dev.llmchem.engine.interaction.InteractionMatrix}, immutable, over S
 * (pairs outside U are 0). Cancellation: the dense kernel polls once per chunk of blocks, the
 * naive sum once per pair ({@link dev.llmchem.engine.control.CancelledException}). All entry
 * points are stateless and thread-safe; tables are only read.
 */
package dev.llmchem.engine.interaction;
