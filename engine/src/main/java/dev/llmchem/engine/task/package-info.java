/**
 * Task clustering (SPEC section 2): near-duplicate prompts are merged greedily by float32
 * TF-IDF cosine similarity, so that every row is keyed by its task's prototype. The float32
 * arithmetic mirrors the reference (torch) because with few distinct strings IDF values of
 * shared words are near zero and borderline merges depend on the last bits.
 *
 * <h2>Design</h2>
 * <ul>
 * <li>{@link dev.llmchem.engine.task.TaskClustering}: the entry point. Vectors in one sparse
 *     row store ({@code TfIdfVectors}: tokens interned by {@code TokenTable} without a String
 *     per occurrence; the scan's exact float operations); prototypes in an inverted index
 *     over their prefixes in a rarest-token-first order ({@code PrefixIndex}: prefix filter plus
 *     a positional bound, both with a float slack), so a string is compared only with
 *     prototypes that can reach the threshold, by the scan's own float dot product. Identical
 *     clusters to the scan by construction; the argument is in {@code PrefixIndex}.</li>
 * <li>{@code GreedyPass}: the greedy pass in blocks of 4096 strings. A block's look-ups among
 *     the prototypes found before it run in parallel (the index is only read); then, in string
 *     order, each string checks the prototypes its own block created (the tails of the
 *     posting lists) and keeps the better answer. The best over a set is the better of the
 *     bests over its parts, so the clusters are the sequential pass's for any worker count
 *     (tested in blocks of 1..100 strings with 1-3 workers). Vectorising is parallel too:
 *     ranges of strings are tokenised with their own token tables, merged in range order,
 *     which numbers tokens by first appearance exactly as one table does.</li>
 * <li>{@link dev.llmchem.engine.task.ScanClustering}: the naive twin, every string against
 *     every prototype, O(N P nnz); the oracle of the differential tests (random corpora up to
 *     2*10^4 strings with near-threshold pairs, thresholds set to cosines that occur, IDF
 *     &lt;= 0 words, empty and one-word strings).</li>
 * <li>{@link dev.llmchem.engine.task.TaskIndex}: the clusters as the analysis uses them.</li>
 * </ul>
 *
 * <h2>Cost</h2>
 * Time about linear in the tokens when prompts carry rare words: 10^5 prompt-like strings in
 * 0.26 s on 2 cores (JMH {@code TaskClusterBenchmark},
 * perf-reports/2026-12-07-clustering-memory). It grows faster when every string is distinct and
 * the vocabulary grows only as sqrt(N): even the rarest words then recur, posting lists grow
 * with N, and so do the candidates to verify (about 43 per string at 10^6, each a random row of
 * a store far larger than the caches). The verification is therefore written for memory: a row
 * is one array of (column, value) longs, the bound that abandons a sum is computed from the
 * values already read (no third array), and a query's candidates are verified together, their
 * rows' first cache lines fetched by a loop of independent loads before any sum needs them
 * (likewise the posting lists' tails): 10^6 strings went from 14.2 to 5.6 s on 2 cores (30.6
 * to 14.2 s of CPU). The worst case is a tiny vocabulary in which every pair shares words (400
 * words: 10^5 strings ~3 s, still ~30x faster than the scan). Memory: 8 bytes per (string,
 * distinct token) entry, 8 per posting (a prototype's prefix token and its bound), plus the
 * vocabulary: about 0.4 KB per 35-word prompt.
 */
package dev.llmchem.engine.task;
