package dev.llmchem.engine.bootstrap;

import java.util.List;

/**
 * How often something occurred over the replicates.
 *
 * @param models a set of models (sorted by name; empty = nothing recommended), or one model
 * @param count replicates in which it occurred
 * @param share count / B
 */
public record Frequency(List<String> models, int count, double share) {
  /** Copies the list. */
  public Frequency {
    models = List.copyOf(models);
  }
}
