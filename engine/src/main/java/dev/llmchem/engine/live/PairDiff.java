package dev.llmchem.engine.live;

import dev.llmchem.engine.cheme.ChemMatrix;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * Which chemistry pairs of a task changed between two snapshots: a pair (by name) changed
 * when it gained or lost its entry or its value differs in any bit. S only grows, so every
 * old pair is a pair of the new S. O(|S|^2). Stateless.
 */
public final class PairDiff {
  private PairDiff() { }

  /**
   * The changed pairs as (a, b) S indices of {@code now}, a &lt; b, in (a, b) order, flat.
   * {@code before} may be null (a new task: every pair with an entry).
   */
  public static int[] changed(String[] beforeNames, ChemMatrix before, String[] nowNames,
      ChemMatrix now) {
    int s = nowNames.length;
    int[] old = new int[s];
    boolean same = before != null && Arrays.equals(beforeNames, nowNames);
    for (int i = 0; i < s; i++) {
      old[i] = before == null ? -1 : same ? i : Arrays.binarySearch(beforeNames, nowNames[i]);
    }
    IntArrayList out = new IntArrayList();
    for (int a = 0; a < s; a++) {
      for (int b = a + 1; b < s; b++) {
        boolean e = now.hasEntry(a, b);
        double v = now.chem(a, b);
        boolean had = old[a] >= 0 && old[b] >= 0 && before.hasEntry(old[a], old[b]);
        double w = had ? before.chem(old[a], old[b]) : 0.0;
        if (e != had || Double.doubleToLongBits(v) != Double.doubleToLongBits(w)) {
          out.add(a);
          out.add(b);
        }
      }
    }
    return out.toIntArray();
  }
}
