package dev.llmchem.spark;

import java.util.BitSet;
import java.util.Iterator;

/**
 * The greedy prototype assignment of the task clustering (SPEC section 2), which is
 * sequential by definition, run on the driver over candidate edges only: task i (in order of
 * first appearance) joins the prototype of highest cosine among its edges (ties: the earliest
 * prototype), else becomes a prototype. An edge (i, j, cos) with j &lt; i is a pair whose
 * engine cosine is &gt;= the threshold; a pair below it cannot change the engine's choice, so
 * the edges of every pair at or above the threshold give the engine's clusters exactly.
 * O(N + edges) time, N ints and N bits of memory.
 */
final class GreedyPass {
  private GreedyPass() { }

  /**
   * An edge: task {@code i} may join earlier task {@code j} with cosine {@code cos}. A class,
   * not a record: Spark's Kryo cannot build records.
   */
  static final class Edge implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long i;
    private final long j;
    private final float cos;

    Edge(long i, long j, float cos) {
      this.i = i;
      this.j = j;
      this.cos = cos;
    }

    long i() {
      return i;
    }

    long j() {
      return j;
    }

    float cos() {
      return cos;
    }

    @Override
    public String toString() {
      return "Edge[" + i + " -> " + j + ", " + cos + "]";
    }
  }

  /**
   * The prototype of each of {@code n} tasks.
   *
   * @param edges every edge, ordered by {@code i} (any order of {@code j} within an i)
   */
  static int[] prototypes(int n, Iterator<Edge> edges) {
    int[] proto = new int[n];
    BitSet isProto = new BitSet(n);
    int next = 0; // tasks below next are assigned
    Edge pending = edges.hasNext() ? edges.next() : null;
    while (next < n) {
      int best = -1;
      float sim = Float.NEGATIVE_INFINITY;
      while (pending != null && pending.i() == next) {
        int j = (int) pending.j();
        if (j >= next) {
          throw new IllegalStateException("edge " + pending + " does not point back");
        }
        if (isProto.get(j) && (pending.cos() > sim || pending.cos() == sim && j < best)) {
          sim = pending.cos();
          best = j;
        }
        pending = edges.hasNext() ? edges.next() : null;
      }
      if (pending != null && pending.i() < next) {
        throw new IllegalStateException("edges out of order at " + pending);
      }
      if (best >= 0) {
        proto[next] = best;
      } else {
        proto[next] = next;
        isProto.set(next);
      }
      next++;
    }
    return proto;
  }

  /**
   * Cluster numbers from prototypes: clusters in order of their prototypes, which is the
   * order of first appearance ({@code TaskIndex}'s numbering).
   */
  static int[] clusters(int[] proto) {
    int[] cluster = new int[proto.length];
    int count = 0;
    for (int i = 0; i < proto.length; i++) {
      cluster[i] = proto[i] == i ? count++ : cluster[proto[i]];
    }
    return cluster;
  }
}
