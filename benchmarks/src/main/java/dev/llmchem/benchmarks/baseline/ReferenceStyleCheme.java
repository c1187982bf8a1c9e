package dev.llmchem.benchmarks.baseline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongToDoubleFunction;

/**
 * The reference implementation's approach to CHEME, in plain Java, as a baseline measured in
 * the same JMH run as our kernels: MIG nodes are objects holding {@code Set<String>}s, built
 * breadth-first from S (children drop one used member; with no used member, any member); the
 * covering node of a subset X is found by a linear scan over all nodes in insertion order
 * (first Y with used(Y) ⊆ X ⊆ Y), memoised per distinct subset in a {@code HashMap} keyed by
 * the set; CHEME walks every X ⊆ S and every pair outside X (SPEC sections 5-6). Only the data
 * structures and the algorithm are the reference's; node costs come from the caller's cost
 * function (the reference recomputes Eq. 1 per node, which would only add to its time).
 */
public final class ReferenceStyleCheme {
  private record Node(Set<String> set, Set<String> used, double cost) { }

  private final String[] s;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<Set<String>, Double> memo = new HashMap<>();
  private long scans;

  private ReferenceStyleCheme(String[] s, long usedMask, LongToDoubleFunction costOfMask) {
    this.s = s.clone();
    Map<Set<String>, Boolean> seen = new HashMap<>();
    ArrayDeque<Set<String>> queue = new ArrayDeque<>();
    Set<String> root = Set.of(s);
    queue.add(new HashSet<>(root));
    seen.put(new HashSet<>(root), true);
    while (!queue.isEmpty()) {
      Set<String> x = queue.poll();
      long mask = maskOf(x);
      Set<String> used = setOf(mask & usedMask);
      nodes.add(new Node(x, used, costOfMask.applyAsDouble(mask)));
      for (String m : used.isEmpty() ? x : used) {
        Set<String> child = new HashSet<>(x);
        child.remove(m);
        if (seen.putIfAbsent(child, true) == null) {
          queue.add(child);
        }
      }
    }
  }

  /** Builds the object MIG over models {@code s} (bit i = s[i]) with the given costs. */
  public static ReferenceStyleCheme build(String[] s, long usedMask, LongToDoubleFunction cost) {
    return new ReferenceStyleCheme(s, usedMask, cost);
  }

  /** Number of MIG nodes. */
  public int nodeCount() {
    return nodes.size();
  }

  /** Linear covering scans done so far (one per distinct subset looked up). */
  public long scans() {
    return scans;
  }

  /** cost(X) through the memoised linear covering scan. */
  public double cost(Set<String> x) {
    Double c = memo.get(x);
    if (c != null) {
      return c;
    }
    scans++;
    for (Node y : nodes) {
      if (y.set.size() >= x.size() && y.set.containsAll(x) && x.containsAll(y.used)) {
        memo.put(new HashSet<>(x), y.cost);
        return y.cost;
      }
    }
    throw new IllegalStateException("no covering node for " + x);
  }

  /**
   * CHEME (SPEC 6, reference defaults): for every X ⊆ S and pair a < b outside X, skip when a
   * cost is 0, else d = min(1, |second difference| / cost(X+a+b)); the maximum per pair.
   *
   * @return "a|b" (a before b in S order) to chemistry, for every evaluated pair
   */
  public Map<String, Double> chemistry() {
    int n = s.length;
    Map<String, Double> chem = new TreeMap<>();
    for (long xm = 0; xm < 1L << n; xm++) {
      Set<String> x = setOf(xm);
      double cx = cost(x);
      for (int a = 0; a < n; a++) {
        if ((xm >>> a & 1) != 0) {
          continue;
        }
        Set<String> xa = with(x, s[a]);
        double ca = cost(xa);
        for (int b = a + 1; b < n; b++) {
          if ((xm >>> b & 1) != 0) {
            continue;
          }
          Set<String> xb = with(x, s[b]);
          double cb = cost(xb);
          double cab = cost(with(xa, s[b]));
          if (cx == 0 || ca == 0 || cb == 0 || cab == 0) {
            continue;
          }
          double d = Math.min(1.0, Math.abs(cab - ca - cb + cx) / cab);
          chem.merge(s[a] + "|" + s[b], d, Math::max);
        }
      }
    }
    return chem;
  }

  private static Set<String> with(Set<String> x, String m) {
    Set<String> y = new HashSet<>(x);
    y.add(m);
    return y;
  }

  private Set<String> setOf(long mask) {
    Set<String> x = new HashSet<>();
    for (int i = 0; i < s.length; i++) {
      if ((mask >>> i & 1) != 0) {
        x.add(s[i]);
      }
    }
    return x;
  }

  private long maskOf(Set<String> x) {
    long m = 0;
    for (int i = 0; i < s.length; i++) {
      if (x.contains(s[i])) {
        m |= 1L << i;
      }
    }
    return m;
  }
}
