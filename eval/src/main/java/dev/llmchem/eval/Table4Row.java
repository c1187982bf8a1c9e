package dev.llmchem.eval;

import java.util.List;

/**
 * One row of the paper's Table 4 ({@link Table4}).
 *
 * @param task the task's prototype
 * @param group the size group
 * @param chemistry the best CHEMISTRY configuration, or null when the group has none
 * @param performance the best PERFORMANCE configuration, or null when the group has none
 */
public record Table4Row(String task, SizeGroup group, Best chemistry, Best performance) {

  /**
   * A best configuration.
   *
   * @param trial its trial
   * @param models its distinct models in file order
   * @param effectiveness its soft-voting effectiveness
   * @param configurations configurations of the strategy in the group
   * @param tied how many of them reach the same effectiveness (itself included)
   */
  public record Best(String trial, List<String> models, double effectiveness,
      int configurations, int tied) {
    /** Copies the list. */
    public Best {
      models = List.copyOf(models);
    }
  }
}
