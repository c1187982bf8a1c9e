/**
 * CHEME (SPEC section 6): the chemistry of every pair of models, as a
 * {@link dev.llmchem.engine.cheme.ChemMatrix} over S indices.
 *
 * <p>Variants. {@link dev.llmchem.engine.cheme.NaiveCheme} is the oracle written from the SPEC
 * (all X ⊆ S, costs through MIG covering lookups). {@link dev.llmchem.engine.cheme.DenseCheme}
 * is the exhaustive kernel over the dense table of 2^|U| costs, sequential or parallel. (A
 * single-precision mirror of it was removed: the double kernel with its float skip test, below,
 * is bit-exact and faster.)
 *
 * <p>Exact Eq. 1 ({@link dev.llmchem.engine.cheme.Eq1Cheme}, notes/cheme-eq1-exact.md). For the
 * paper's cost the exhaustive maximum has structure: with i &lt; j the pair's rank positions,
 * Delta(X) and cost(X+i+j) are sums of per-member terms that depend only on the member's
 * region (before i, between, after j) and on k, the members of X ranked before it. So
 * max sigma*Delta - lambda*cost is an O(n^2) dynamic programme over (position, k, whether a
 * positive-penalty member was chosen: the zero-cost skip) ({@code Eq1Program}), and
 * Dinkelbach's iteration over lambda, for sigma = +1 then -1, gives the exact maximum ratio
 * and its argmax X ({@code Eq1Pair}). Every candidate is re-priced with CostKernel.eq1 and the
 * dense kernel's term, so value and witness agree bit for bit and the value equals the dense
 * kernel's to ~1e-16 (tests: 1e-12; bit-identical except where the exact value is 0 and the
 * dense kernel keeps ~5e-17 of rounding residue). Pairs outside U: closed form. Work
 * O(|U|^4 * steps), no 2^|U| table, any |S| ({@link dev.llmchem.engine.cheme.ChemMatrix} rows are
 * ceil(|S|/64) words); parallel over pairs with one preallocated workspace (~2 n^2 bytes of
 * decisions) per worker; the inner programme allocates nothing. {@code NaiveEq1} is its twin.
 *
 * <p>Design of the dense kernel. Only pairs inside U carry value; pairs with a member outside U
 * have the exact value 0 and an entry decided by a short scan
 * ({@code OutsidePairs}). Inside U the work is C(u,2) 2^(u-2) terms. The table is walked in
 * L2-sized sub-cubes ({@code BlockPlan}): each pass gathers, for every setting of the outer
 * bits, 2^16 cells into a worker buffer, and every pair it owns runs over that buffer in a
 * layout whose low bits are free of the pair's bits, so the innermost loop is a contiguous,
 * branch-free run that C2 vectorises ({@code DenseKernel}). The other layouts are copies made
 * by transposes in runs of 8 cells ({@code Transpose}: a strided element copy of the top group
 * thrashed one L1 set and cost 5x more); when one sub-cube is the whole table (|U| &lt;= 16)
 * the table itself is the natural buffer, and the driver gives each permuted layout to one
 * worker ({@code DenseDriver.cuts}). The table check ({@code TableCheck}) runs min/max
 * reductions per 4096 cells and looks at single cells only in chunks with zeros, extreme or bad
 * costs; tables of 2^22 cells or more are checked by all the run's workers (one thread reads
 * ~12 GB/s here: 42 ms at |U| = 26, 23 ms with two). The zero-cost test is arithmetic: a 0/1
 * factor, {@code signum} of the product of the four costs when every non-zero cost lies
 * in [2^-200, 2^200] (no underflow; ~1.3x faster on AVX2 than the general form), else from
 * the minimum of the four costs; tables without zeros run a loop without it. min(d, 1) is
 * applied once per pair at the end, so a worker stops sweeping a pair once its max reached 1
 * (terms are never NaN), and skips a sub-cube's gather and copies when all of its pairs are
 * there ({@code DenseDriver.open}): with Eq. 1 costs, cost({}) = 1 against small penalties
 * saturates most pairs in the first sub-cube (every pair of the synthetic histories, 31 of 66
 * in runs.csv; the random [0.01, 1) benchmark table at |U| = 26: 1.9 s -&gt; 36 ms). Kernel
 * comparisons use tables where no pair saturates (costs in [1, 1.5)).
 *
 * <p>Pair loops are a {@code PairKernel} service: the default scalar loops above, or the
 * optional Vector API loop of the {@code llmchem-vector} module, found at run time only when
 * the JVM resolved {@code jdk.incubator.vector} ({@code VectorSupport}); it keeps a vector
 * accumulator across the short runs of the blocked layout, which C2's auto-vectorised loops
 * cannot (they pay pre/post loops and a reduction per run). Runs shorter than its lane count
 * use the scalar loop. Both are bit-identical. {@code DenseCheme.Kernel.AUTO} takes the vector
 * loop only where it pays in the JVM at hand: from |U| = 26 while it has not run (C2 needs
 * 1.4-2.2 s to compile the Vector API code, and until then it is far slower than the scalar
 * loops), from |U| = 16 once it has done 2^30 terms. The kernel is discovered on first use, not
 * at class initialisation, so a run that keeps the scalar loops never initialises the Vector
 * API.
 *
 * <p>Two pairs per sweep. The plan orders each layout's pairs so that pairs sharing a member in the
 * same S-order role sit side by side ({@code SweepOrder}; with U in S order 318 of the 325 pairs at
 * |U| = 26 are grouped) and describes each group once as a {@link dev.llmchem.engine.cheme.Cherry}
 * (the shared member's offset and role, the two other members, the two accumulator slots), so
 * the workers allocate nothing; a worker hands the buffer and that description to {@code
 * PairKernel.cherryMax}: one pass over the buffer reads the 8 cells of the three bits' cube once
 * for both pairs' terms. The Vector API kernel, on tables without zeros whose costs lie in
 * [2^-100, 2^100], also divides only where a term may raise a maximum: it tests that in float on
 * a float copy of the buffer (twice the lanes of a double test; a margin rho = 2^-19 max/min cost
 * covers float rounding, see {@code VectorCherryFloat}) and evaluates the few positions that pass
 * in double, so values stay bit-identical. Other tables, and the scalar loops, run the two pairs
 * one after the other (C2 does not vectorise a loop with two max-reductions: 2.8 vs 0.8 ns per
 * term). The float copies sit where the sweep's 64-byte loads are line-aligned when the JVM
 * makes that knowable ({@code AlignedFloats}: on G1, in humongous arrays, whose start is a
 * region's: the speed no longer depends on where a plain array landed); the offset changes
 * speed, never a value.
 *
 * <p>Invariants. Entry sets of all variants are identical to the oracle's. The dense kernel
 * evaluates each term with the oracle's arithmetic (a = member with smaller S index), so values
 * inside U are bit-identical to the oracle and independent of thread count (max is order
 * independent).
 *
 * <p>Complexity. Naive: O(2^|S| |S|^2) lookups. Dense: O(|U|^2 2^|U|) time; the table is read
 * about C(g,2) times (g = high bit groups, 6 reads at |U| = 26); extra memory two 512 KiB
 * buffers and O(|U|^2) accumulators per worker (with the float skip test also two 256 KiB float
 * copies, each half a G1 region when aligned: 2 MiB with 4 MiB regions, taken only when the
 * run's terms are at least 8 times the bytes). Sizes beyond
 * {@link dev.llmchem.engine.cheme.DenseCheme#MAX_U}, or beyond the heap (tables, buffers,
 * exact-eq1 witnesses, the |S| x |S| matrix), are refused up front with a
 * {@link dev.llmchem.engine.control.LimitException} ({@code LimitException.requireHeap}).
 *
 * <p>Cancellation. Every kernel polls {@code ProgressListener.cancelled()} per work item (dense:
 * a gathered buffer of up to 2^16 cells and its pairs; exact-eq1: a chunk of 4
 * pairs; naive: 4096 subsets), stops its workers and throws
 * {@link dev.llmchem.engine.control.CancelledException}; the poll is far below measurement noise.
 *
 * <p>Workers. The parallel kernels (dense: {@code DenseDriver}; exact-eq1) run their workers
 * through {@code dev.llmchem.engine.internal.Workers}: the calling thread is one worker, the
 * others are tasks in a pool; the entry points without a pool run one worker per available
 * processor with the common pool, those with a pool as many as its parallelism. Workers take
 * work items from a shared counter, so results do not depend on the count. A dense worker
 * makes its buffers on its own thread when it takes its first item: the workers zero them in
 * parallel, and a task the pool starts after the last item makes none (|U| = 16, 2 workers:
 * 0.85 -&gt; 0.61 ms with the vector loop).
 *
 * <p>Thread-safety. All entry points are stateless and thread-safe; results are immutable.
 */
package dev.llmchem.engine.cheme;
