package dev.llmchem.benchmarks.baseline;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.task.TaskIndex;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Profiles (SPEC 3, default aggregate) the way a data-frame script computes them: one row
 * object per kept row, grouped by (cluster prototype, model) with streams, the row of largest
 * a = max(0.1, accuracy) kept (the earlier row on ties). Uses the engine's TaskIndex so only
 * the aggregation is compared.
 */
public final class NaiveProfiles {
  /** One kept row. */
  public record Row(String prototype, String model, double q, double a, int order) { }

  private NaiveProfiles() { }

  /** prototype -> model -> {q, a} of the model's best row in that cluster. */
  public static Map<String, Map<String, double[]>> profiles(History h, TaskIndex index) {
    byte chem = Strategy.CHEMISTRY.code();
    return IntStream.range(0, h.rows())
        .filter(r -> h.strategy(r) != chem)
        .mapToObj(r -> new Row(index.prototype(index.clusterOf(h.taskName(h.task(r)))),
            h.modelName(h.model(r)), h.quality(r), Math.max(0.1, h.accuracy(r)), r))
        .collect(Collectors.groupingBy(Row::prototype, TreeMap::new,
            Collectors.groupingBy(Row::model, TreeMap::new,
                Collectors.collectingAndThen(
                    Collectors.reducing((x, y) -> y.a() > x.a() ? y : x),
                    best -> new double[] {best.get().q(), best.get().a()}))));
  }
}
