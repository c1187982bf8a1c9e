package dev.llmchem.engine.mig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Views of a {@link Mig} for output: a list of plain {@link Node} records that a CLI can turn
 * into JSON with any writer, and Graphviz DOT text for small graphs. Both allocate in
 * proportion to the graph; stateless and thread-safe.
 */
public final class MigExport {
  /** Largest node count {@link #toDot} accepts (a drawing beyond that is unreadable). */
  public static final int MAX_DOT_NODES = 4096;

  private MigExport() { }

  /**
   * One node: id, member names (S order), used member names, cost, child ids and the name
   * removed along each child edge (same order as {@code children}). The lists are
   * unmodifiable copies.
   */
  public record Node(int id, List<String> members, List<String> used, double cost,
      List<Integer> children, List<String> removed) {

    /** Keeps unmodifiable copies of the lists. */
    public Node {
      members = List.copyOf(members);
      used = List.copyOf(used);
      children = List.copyOf(children);
      removed = List.copyOf(removed);
    }
  }

  /** Every node in id (BFS) order; {@code names[i]} names S index i. */
  public static List<Node> nodes(Mig mig, String[] names) {
    checkNames(mig, names);
    List<Node> out = new ArrayList<>(mig.nodeCount());
    for (int i = 0; i < mig.nodeCount(); i++) {
      out.add(node(mig, names, i));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Node {@code id} alone, as {@link #nodes} lists it: a writer that streams the graph node by
   * node holds one node at a time instead of the whole list.
   *
   * @throws IndexOutOfBoundsException unless 0 &lt;= id &lt; node count
   */
  public static Node node(Mig mig, String[] names, int id) {
    checkNames(mig, names);
    java.util.Objects.checkIndex(id, mig.nodeCount());
    List<Integer> ch = new ArrayList<>();
    List<String> rm = new ArrayList<>();
    for (int e = mig.childStart(id); e < mig.childStart(id + 1); e++) {
      ch.add(mig.child(e));
      rm.add(names[mig.removed(e)]);
    }
    return new Node(id, members(mig.mask(id), names), members(mig.usedMask(id), names),
        mig.cost(id), Collections.unmodifiableList(ch), Collections.unmodifiableList(rm));
  }

  /**
   * Graphviz DOT of the graph: one box per node labelled with its members (used members
   * marked with *) and cost, one edge per child labelled with the removed member.
   *
   * @throws IllegalArgumentException above {@link #MAX_DOT_NODES} nodes
   */
  public static String toDot(Mig mig, String[] names) {
    checkNames(mig, names);
    if (mig.nodeCount() > MAX_DOT_NODES) {
      throw new IllegalArgumentException("MIG has " + mig.nodeCount() + " nodes; DOT export"
          + " is limited to " + MAX_DOT_NODES);
    }
    StringBuilder sb = new StringBuilder("digraph MIG {\n  node [shape=box];\n");
    for (int i = 0; i < mig.nodeCount(); i++) {
      sb.append("  n").append(i).append(" [label=\"{");
      long m = mig.mask(i);
      boolean first = true;
      for (long t = m; t != 0; t &= t - 1) {
        int k = Long.numberOfTrailingZeros(t);
        sb.append(first ? "" : ", ").append(escape(names[k]));
        if ((mig.usedMask(i) & (1L << k)) != 0) {
          sb.append('*');
        }
        first = false;
      }
      sb.append("}\\ncost=").append(mig.cost(i)).append("\"];\n");
    }
    for (int i = 0; i < mig.nodeCount(); i++) {
      for (int e = mig.childStart(i); e < mig.childStart(i + 1); e++) {
        sb.append("  n").append(i).append(" -> n").append(mig.child(e))
            .append(" [label=\"-").append(escape(names[mig.removed(e)])).append("\"];\n");
      }
    }
    return sb.append("}\n").toString();
  }

  private static List<String> members(long m, String[] names) {
    List<String> out = new ArrayList<>(Long.bitCount(m));
    for (long t = m; t != 0; t &= t - 1) {
      out.add(names[Long.numberOfTrailingZeros(t)]);
    }
    return out;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static void checkNames(Mig mig, String[] names) {
    if (names.length != mig.s()) {
      throw new IllegalArgumentException(names.length + " names for |S| = " + mig.s());
    }
  }
}
