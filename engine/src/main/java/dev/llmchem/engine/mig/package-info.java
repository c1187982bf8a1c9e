/**
 * The Model Interaction Graph (SPEC section 5) on primitive arrays.
 *
 * <p>Design. {@link dev.llmchem.engine.mig.Mig} stores nodes as parallel arrays (S mask, used
 * mask, cost) and child edges in CSR form (child id, removed member). It is built breadth-first
 * from the root S as the reference does: children remove each used member, or every member
 * when nothing is used; a child that exists is linked, not duplicated (a fastutil
 * {@code Long2IntOpenHashMap} maps masks to ids during the build only).
 * {@link dev.llmchem.engine.mig.UsedMap} converts between S masks and the dense U masks that
 * index cost tables, for any order of U.
 *
 * <p>Invariants. Node 0 is S. Node count = 2^|U| + 2^|S\U| - 1 (the nodes are the sets
 * (S\U) ∪ Y for Y ⊆ U plus the subsets of S\U). Every node's cost is cost(mask) as given;
 * every S mask X has a covering node Y (used(Y) ⊆ X ⊆ Y, e.g. X ∪ (S\U)) and any covering node
 * has cost(X) because cost depends on X ∩ U only.
 *
 * <p>Complexity. Build O(nodes + edges) time and memory, edges ≤ |U| 2^(|U|-1) +
 * |S\U| 2^(|S\U|-1). {@link dev.llmchem.engine.mig.Mig#covering} is the IBG walk: at most |U|
 * steps of at most |S| edge checks, allocation-free.
 * {@link dev.llmchem.engine.mig.CoveringMemo} memoises it per thread;
 * {@link dev.llmchem.engine.mig.NaiveCovering} is the reference's O(nodes) scan, kept as the
 * test oracle.
 *
 * <p>Thread-safety. {@code Mig} and {@code UsedMap} are immutable; {@code CoveringMemo} is
 * not thread-safe (one per thread).
 */
package dev.llmchem.engine.mig;
