package dev.llmchem.eval;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.history.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * Chemistry maps of a task as the reference's maps script draws them: configurations grouped
 * with the RQ1 size rule; a representative picked per strategy and group by its CI in
 * [0,1]^2; the map itself measured in the task-wide box ({@link Box#taskWide}) spanning every
 * configuration of every strategy and group.
 */
public final class ChemistryMaps {
  /** A configuration and its CI in [0,1]^2 (what the representative is chosen by). */
  public record Candidate(Configuration configuration, double ci) { }

  /** A map of a chosen configuration. */
  public record Result(Strategy strategy, SizeGroup group, Representatives.Pick pick,
      Candidate candidate, ChemistryMap map) { }

  private ChemistryMaps() { }

  /** The task-wide box of the maps: all RQ1-rule configurations of all five strategies. */
  public static Box taskBox(TaskEvaluation te) {
    List<double[][]> points = new ArrayList<>();
    for (SizeGroup g : SizeGroup.values()) {
      for (Strategy s : Rq1.ORDER) {
        te.configurations().of(s, g, SizeGroup.Rule.RQ1)
            .forEach(c -> points.add(c.points(te.options().scale())));
      }
    }
    return Box.taskWide(points);
  }

  /** The configurations of {@code s} in group {@code g} (RQ1 rule) with their CI. */
  public static List<Candidate> candidates(TaskEvaluation te, Strategy s, SizeGroup g) {
    return te.configurations().of(s, g, SizeGroup.Rule.RQ1).stream()
        .map(c -> new Candidate(c, te.complementarity(c))).toList();
  }

  /** The representative of the candidates, or null when there are none. */
  public static Candidate pick(List<Candidate> cs, Representatives.Pick pick) {
    int i = Representatives.pick(cs.stream().mapToDouble(Candidate::ci).toArray(), pick);
    return i < 0 ? null : cs.get(i);
  }

  /**
   * The map of the {@code pick} representative of strategy {@code s} in group {@code g}, or
   * null when the group has no configuration.
   */
  public static Result map(TaskEvaluation te, Box box, Strategy s, SizeGroup g,
      Representatives.Pick pick, int grid, ProgressListener progress) {
    Candidate c = pick(candidates(te, s, g), pick);
    if (c == null) {
      return null;
    }
    double[][] p = c.configuration().points(te.options().scale());
    ChemistryMap m = MapGrid.compute(p[0], p[1], box, grid, te.options().alpha(), true, progress);
    return new Result(s, g, pick, c, m);
  }
}
