package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** ChemMatrix accessors and the LLMCP helpers. */
class ChemMatrixTest {
  private static ChemMatrix sample() {
    int s = 5;
    double[] v = new double[s * s];
    long[] e = new long[s];
    put(v, e, s, 0, 1, 0.5);
    put(v, e, s, 1, 2, 0.0);
    put(v, e, s, 3, 4, 0.9);
    return ChemMatrix.of(s, v, e);
  }

  private static void put(double[] v, long[] e, int s, int a, int b, double x) {
    v[a * s + b] = x;
    v[b * s + a] = x;
    e[a] |= 1L << b;
    e[b] |= 1L << a;
  }

  @Test
  void accessors() {
    ChemMatrix m = sample();
    assertThat(m.entryCount()).isEqualTo(3);
    assertThat(m.hasEntry(2, 1)).isTrue();
    assertThat(m.hasEntry(0, 2)).isFalse();
    assertThat(m.chem(0, 2)).isEqualTo(0.0);
    assertThat(m.chem(4, 3)).isEqualTo(0.9);
  }

  @Test
  void thresholdPairsAndStablePartition() {
    ChemMatrix m = sample();
    assertThat(m.pairs(0.0, false)).containsExactly(0, 1, 1, 2, 3, 4);
    assertThat(m.pairs(0.0, true)).containsExactly(0, 1, 3, 4);
    assertThat(m.pairs(0.5, true)).containsExactly(3, 4);
    assertThat(m.stablePartition(0.0, false)).containsExactly(0b00111L, 0b11000L);
    assertThat(m.stablePartition(0.0, true)).containsExactly(0b00011L, 0b00100L, 0b11000L);
    assertThat(m.stablePartition(1.0, false)).containsExactly(1L, 2L, 4L, 8L, 16L);
  }

  @Test
  void rejectsAsymmetricInput() {
    assertThatThrownBy(() -> ChemMatrix.of(2, new double[] {0, 0.5, 0.4, 0}, new long[] {2, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
