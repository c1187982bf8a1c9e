package dev.llmchem.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.testutil.Reference;
import org.junit.jupiter.api.Test;

/** Hypervolume, Rao's Q and CI on hand-worked cases, then against the reference's metrics.json. */
class MetricsTest {
  private static final double EPS = 1e-12;

  private static double hv(double[] x, double[] y) {
    return Hypervolume.normalized(x, y, x.length, Box.UNIT);
  }

  private static double rao(double[] x, double[] y) {
    return RaoQ.normalized(x, y, x.length, Box.UNIT);
  }

  @Test
  void hypervolumeByHand() {
    // One point (0.6, 0.7): the rectangle from (0,0) is 0.6 * 0.7 = 0.42.
    assertThat(hv(new double[] {0.6}, new double[] {0.7})).isCloseTo(0.42, within(EPS));
    // (0.9, 0.3) and (0.3, 0.9): two rectangles 0.27 each overlapping in 0.3 * 0.3 = 0.09,
    // union 0.27 + 0.27 - 0.09 = 0.45.
    assertThat(hv(new double[] {0.9, 0.3}, new double[] {0.3, 0.9})).isCloseTo(0.45, within(EPS));
    // (0.5, 0.5) lies inside (0.9, 0.9)'s rectangle: HV = 0.81 either way.
    assertThat(hv(new double[] {0.9, 0.5}, new double[] {0.9, 0.5})).isCloseTo(0.81, within(EPS));
    // Raw quality 9 is clipped to the bound 1, not divided by 10: HV = 0.9 * 1 = 0.9.
    assertThat(hv(new double[] {0.9}, new double[] {9.0})).isCloseTo(0.9, within(EPS));
    // Box [0.5,1]^2 (area 0.25): (0.75, 0.75) dominates 0.25 * 0.25 = 0.0625, i.e. 0.25 of it.
    Box b = new Box(0.5, 0.5, 1, 1);
    assertThat(Hypervolume.normalized(new double[] {0.75}, new double[] {0.75}, 1, b))
        .isCloseTo(0.25, within(EPS));
    // No point: 0. Points on an axis span no area: 0.
    assertThat(hv(new double[0], new double[0])).isZero();
    assertThat(hv(new double[] {0, 1}, new double[] {1, 0})).isZero();
  }

  @Test
  void raoByHand() {
    // (0,1) and (1,0): d = sqrt 2; ordered pairs (i = j included) sum to 2 sqrt 2 over 4 pairs,
    // mean sqrt2 / 2; divided by the diagonal sqrt 2: 0.5.
    assertThat(rao(new double[] {0, 1}, new double[] {1, 0})).isCloseTo(0.5, within(EPS));
    // (0,0), (0.3,0.4), (0.6,0.8): distances 0.5, 0.5, 1.0; ordered sum 2 * 2.0 = 4 over 9:
    // mean 4/9; normalised 4 / (9 sqrt 2).
    assertThat(RaoQ.mean(new double[] {0, 0.3, 0.6}, new double[] {0, 0.4, 0.8}, 3))
        .isCloseTo(4.0 / 9, within(EPS));
    assertThat(rao(new double[] {0, 0.3, 0.6}, new double[] {0, 0.4, 0.8}))
        .isCloseTo(4.0 / (9 * Math.sqrt(2)), within(EPS));
    // Raw quality (SPEC 9): (0.9,9), (0.8,8), (0.7,7): d12 = d23 = sqrt(1.01), d13 = sqrt(4.04);
    // ordered sum 2 (2 sqrt 1.01 + sqrt 4.04) over 9, / sqrt 2 = 0.6317. With quality/10 the
    // points are (0.9,0.9), (0.8,0.8), (0.7,0.7): d = sqrt .02, sqrt .02, 2 sqrt .02; ordered
    // sum 8 sqrt .02 over 9, / sqrt 2 = 0.8 / 9 = 0.0889 (SPEC 9 says "about 0.063": that is
    // the raw value / 10, not the value on quality / 10; docs/eval.md).
    double expected = 2 * (2 * Math.sqrt(1.01) + Math.sqrt(4.04)) / 9 / Math.sqrt(2);
    assertThat(rao(new double[] {0.9, 0.8, 0.7}, new double[] {9, 8, 7}))
        .isCloseTo(expected, within(EPS)).isCloseTo(0.632, within(1e-3));
    assertThat(rao(new double[] {0.9, 0.8, 0.7}, new double[] {0.9, 0.8, 0.7}))
        .isCloseTo(0.8 / 9, within(EPS));
    // Far apart raw points are clipped to 1; one point and two equal points give 0.
    assertThat(rao(new double[] {0.25, 1.0}, new double[] {0.5, 10})).isEqualTo(1.0);
    assertThat(rao(new double[] {0.3}, new double[] {0.3})).isZero();
    assertThat(rao(new double[] {0.3, 0.3}, new double[] {0.3, 0.3})).isZero();
  }

  @Test
  void complementarityByHand() {
    // on_axes: HV 0, Rao 0.5 -> CI = 0.5 * 0 + 0.5 * 0.5 = 0.25.
    assertThat(Complementarity.index(new double[] {0, 1}, new double[] {1, 0})).isCloseTo(0.25, within(EPS));
    // One point (0.6, 0.7): HV 0.42, Rao 0 -> CI 0.21; alpha 1 gives the HV alone.
    assertThat(Complementarity.index(new double[] {0.6}, new double[] {0.7})).isCloseTo(0.21, within(EPS));
    assertThat(Complementarity.index(new double[] {0.6}, new double[] {0.7}, 1, Box.UNIT, 1.0))
        .isCloseTo(0.42, within(EPS));
    // Alpha is clipped to [0, 1] as in the reference.
    assertThat(Complementarity.combine(0.4, 0.8, 7)).isEqualTo(0.4);
  }

  @Test
  void matchesReferenceMetricsGolden() {
    JsonNode sets = Reference.json(Reference.file("goldens/metrics.json")).get("sets");
    int n = 0;
    for (var e : sets.properties()) {
      JsonNode pts = e.getValue().get("points");
      double[] x = new double[pts.size()];
      double[] y = new double[pts.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = pts.get(i).get(0).asDouble();
        y[i] = pts.get(i).get(1).asDouble();
      }
      String k = e.getKey();
      assertThat(hv(x, y)).as(k + " hv").isCloseTo(e.getValue().get("hv_norm").asDouble(), within(EPS));
      assertThat(rao(x, y)).as(k + " rao").isCloseTo(e.getValue().get("rao_norm").asDouble(), within(EPS));
      assertThat(RaoQ.mean(x, y, x.length)).as(k + " rao raw")
          .isCloseTo(e.getValue().get("rao_raw_mean_pairwise").asDouble(), within(EPS));
      assertThat(Complementarity.index(x, y)).as(k + " ci")
          .isCloseTo(e.getValue().get("ci").asDouble(), within(EPS));
      n++;
    }
    assertThat(n).isGreaterThanOrEqualTo(9);
  }
}
