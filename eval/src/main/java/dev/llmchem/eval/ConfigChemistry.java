package dev.llmchem.eval;

import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.history.History;
import java.util.Arrays;

/**
 * Chemistry of a configuration (paper Tables 2-3): the mean of chem(a, b) over its member
 * pairs, 0 for fewer than 2 members. As in the reference, pairs are taken over members
 * (distinct rows), so two rows of one model form a pair of chemistry 0, and a model outside
 * S (seen only in CHEMISTRY rows) has chemistry 0 with everyone.
 */
public final class ConfigChemistry {
  /** Pairwise chemistry by S index. */
  @FunctionalInterface
  public interface PairChem {
    /** chem(a, b) for S indices a != b; 0 without an entry. */
    double chem(int a, int b);
  }

  private final int[] sIndex;
  private final PairChem chem;

  /**
   * @param sIndex S index of each history model id (-1 when the model is not in S)
   * @param chem pairwise chemistry by S index
   */
  public ConfigChemistry(int[] sIndex, PairChem chem) {
    this.sIndex = sIndex.clone();
    this.chem = chem;
  }

  /** Over a CHEME snapshot: maps history model ids to the snapshot's S by name. */
  public static ConfigChemistry of(History h, Chemistry c) {
    String[] s = c.models();
    int[] idx = new int[h.modelCount()];
    for (int m = 0; m < idx.length; m++) {
      int i = Arrays.binarySearch(s, h.modelName(m));
      idx[m] = i < 0 ? -1 : i;
    }
    return new ConfigChemistry(idx, c::chem);
  }

  /** Mean chem over the member pairs of {@code c}. */
  public double mean(Configuration c) {
    int n = c.size();
    if (n < 2) {
      return 0.0;
    }
    double sum = 0.0;
    int pairs = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int a = sIndex[c.model(i)];
        int b = sIndex[c.model(j)];
        sum += a < 0 || b < 0 || a == b ? 0.0 : chem.chem(a, b);
        pairs++;
      }
    }
    return sum / pairs;
  }
}
