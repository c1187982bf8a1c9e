package dev.llmchem.engine.mig;

/**
 * The reference's covering-node search, kept as the naive twin of {@link Mig#covering}: scan
 * all nodes in id order and return the first Y with used(Y) ⊆ X ⊆ Y. O(nodes) per lookup;
 * stateless and thread-safe.
 */
public final class NaiveCovering {
  private NaiveCovering() { }

  /** The first covering node of {@code x} in node order, or -1 if there is none. */
  public static int covering(Mig mig, long x) {
    for (int i = 0; i < mig.nodeCount(); i++) {
      long y = mig.mask(i);
      if ((mig.usedMask(i) & ~x) == 0 && (x & ~y) == 0) {
        return i;
      }
    }
    return -1;
  }
}
