package dev.llmchem.engine.cost;

import java.util.ArrayList;
import java.util.List;

/**
 * Oracle for {@link CostKernel}: Eq. 1 straight from the definition, sorting each subset.
 * cost(X) = 1.0 if no member of X is used; else sort used(X) by q descending (ties: a
 * descending, then name ascending) and sum (1/i) * (1 - q/10)(1 - a) over ranks from 0.0.
 */
public final class NaiveCost {
  private NaiveCost() { }

  /**
   * Cost of the models {@code members} (indices into the arrays) among which only those
   * with a &gt; theta count.
   */
  public static double cost(int[] members, String[] name, double[] q, double[] a, double theta) {
    List<Integer> used = new ArrayList<>();
    for (int m : members) {
      if (a[m] > theta) {
        used.add(m);
      }
    }
    if (used.isEmpty()) {
      return 1.0;
    }
    used.sort((x, y) -> {
      int c = Double.compare(q[y], q[x]);
      if (c == 0) {
        c = Double.compare(a[y], a[x]);
      }
      return c != 0 ? c : name[x].compareTo(name[y]);
    });
    double cost = 0.0;
    int i = 1;
    for (int m : used) {
      double penalty = (1 - q[m] / 10.0) * (1 - a[m]);
      double weight = 1.0 / i;
      cost += weight * penalty;
      i++;
    }
    return cost;
  }
}
