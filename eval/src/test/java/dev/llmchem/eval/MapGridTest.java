package dev.llmchem.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.testutil.Seeds;
import dev.llmchem.engine.testutil.Reference;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The map kernel against its naive twin and against the reference's 7 x 7 map. */
class MapGridTest {
  private static final double EPS = 1e-12;

  private static void assertSame(ChemistryMap fast, ChemistryMap naive, String at) {
    assertThat(fast.hv0()).as(at).isCloseTo(naive.hv0(), within(EPS));
    assertThat(fast.rao0()).as(at).isCloseTo(naive.rao0(), within(EPS));
    assertThat(fast.ci0()).as(at).isCloseTo(naive.ci0(), within(EPS));
    assertThat(fast.dHv()).as(at + " dHV").containsExactly(naive.dHv(), within(EPS));
    assertThat(fast.dRao()).as(at + " dRao").containsExactly(naive.dRao(), within(EPS));
    assertThat(fast.dCi()).as(at + " dCI").containsExactly(naive.dCi(), within(EPS));
  }

  @Test
  void kernelEqualsNaiveTwinOnRandomEnsembles() {
    Random rnd = new Random(Seeds.seed("MapGridTest.kernelEqualsNaiveTwin"));
    for (int round = 0; round < 120; round++) {
      int m = 1 + rnd.nextInt(8);
      double[] x = new double[m];
      double[] y = new double[m];
      boolean raw = rnd.nextBoolean();
      for (int i = 0; i < m; i++) {
        // Some points on the grid's lattice and duplicates, to hit ties in the staircase.
        x[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(7) / 6.0 : rnd.nextDouble();
        y[i] = (rnd.nextInt(4) == 0 ? rnd.nextInt(7) / 6.0 : rnd.nextDouble()) * (raw ? 10 : 1);
        if (i > 0 && rnd.nextInt(6) == 0) {
          x[i] = x[i - 1];
          y[i] = y[i - 1];
        }
      }
      Box box = rnd.nextBoolean() ? Box.UNIT
          : new Box(0.1 * rnd.nextDouble(), 0.1 * rnd.nextDouble(), 0.9 + 0.1 * rnd.nextDouble(), 1);
      int grid = 2 + rnd.nextInt(12);
      double alpha = rnd.nextInt(3) == 0 ? rnd.nextDouble() : 0.5;
      ChemistryMap naive = NaiveMapGrid.compute(x, y, box, grid, alpha);
      String at = "round " + round + " m=" + m + " grid=" + grid;
      assertSame(MapGrid.compute(x, y, box, grid, alpha, true, ProgressListener.NONE), naive, at);
      assertSame(MapGrid.compute(x, y, box, grid, alpha, false, ProgressListener.NONE), naive, at);
    }
  }

  @Test
  void addedAreaByHand() {
    // E = {(0.5, 0.5)} in [0,1]^2. Adding (1, 1) adds 1 - 0.25 = 0.75 of area; (0.5, 0.5)
    // adds nothing; (1, 0.5) adds the strip [0.5, 1] x [0, 0.5] = 0.25; (0.25, 1) adds
    // [0, 0.25] x [0.5, 1] = 0.125.
    double[][] sky = Hypervolume.skyline(new double[] {0.5}, new double[] {0.5}, 1, Box.UNIT);
    assertThat(MapGrid.added(sky, 1, 1, Box.UNIT)).isCloseTo(0.75, within(EPS));
    assertThat(MapGrid.added(sky, 0.5, 0.5, Box.UNIT)).isZero();
    assertThat(MapGrid.added(sky, 1, 0.5, Box.UNIT)).isCloseTo(0.25, within(EPS));
    assertThat(MapGrid.added(sky, 0.25, 1, Box.UNIT)).isCloseTo(0.125, within(EPS));
  }

  @Test
  void matchesTheReferenceSevenBySevenMap() {
    JsonNode g = Reference.json(Reference.file("goldens/metrics.json"));
    JsonNode pts = g.get("sets").get("demo_moderate").get("points");
    JsonNode map = g.get("map_demo_moderate_grid7");
    double[] x = new double[pts.size()];
    double[] y = new double[pts.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = pts.get(i).get(0).asDouble();
      y[i] = pts.get(i).get(1).asDouble();
    }
    int grid = map.get("grid_res").asInt();
    AtomicLong rows = new AtomicLong();
    ProgressListener count = new ProgressListener() {
      @Override public void start(String task, long total) { }
      @Override public void advance(long units) { rows.addAndGet(units); }
      @Override public void finish() { }
    };
    ChemistryMap ours = MapGrid.compute(x, y, Box.UNIT, grid, 0.5, true, count);
    assertThat(rows.get()).isEqualTo(grid);
    assertThat(ours.xs()).containsExactly(values(map.get("xs")), within(0.0));
    assertThat(ours.ys()).containsExactly(values(map.get("ys")), within(0.0));
    assertThat(ours.ci0()).isCloseTo(map.get("CI0").asDouble(), within(EPS));
    assertThat(ours.centroid()).containsExactly(values(map.get("centroid")), within(EPS));
    for (String k : new String[] {"dRao", "dHV", "dCI"}) {
      double[] mine = k.equals("dRao") ? ours.dRao() : k.equals("dHV") ? ours.dHv() : ours.dCi();
      JsonNode rowsOf = map.get(k);
      for (int i = 0; i < grid; i++) {
        for (int j = 0; j < grid; j++) {
          assertThat(mine[i * grid + j]).as(k + "[" + i + "][" + j + "]")
              .isCloseTo(rowsOf.get(i).get(j).asDouble(), within(EPS));
        }
      }
    }
  }

  private static double[] values(JsonNode a) {
    double[] v = new double[a.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = a.get(i).asDouble();
    }
    return v;
  }
}
