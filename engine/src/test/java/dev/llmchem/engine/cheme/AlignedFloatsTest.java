package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Where {@link AlignedFloats} puts the float copies: on G1 (read here from the collectors'
 * names, independently of the class) humongous arrays read from cell 12, elsewhere plain arrays
 * from cell 0; the policy property and the terms-versus-bytes rule. Only speed depends on the
 * placement (the kernels' results at any offset: VectorCherryTest, the differential tests).
 */
class AlignedFloatsTest {
  private static boolean g1() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc.getName().startsWith("G1")) {
        return true;
      }
    }
    return false;
  }

  @Test
  void regionIsReadOnG1Only() {
    long region = AlignedFloats.Region.BYTES;
    if (g1()) {
      assertThat(region).isGreaterThanOrEqualTo(1L << 20).isLessThanOrEqualTo(512L << 20);
      assertThat(Long.bitCount(region)).isEqualTo(1);
    } else {
      assertThat(region).isZero();
    }
  }

  @Test
  void alignedBuffersAreHumongousAndReadFromCell12() {
    int n = 1 << 16;
    AlignedFloats.Buffer b = AlignedFloats.allocate(n, true);
    long region = AlignedFloats.Region.BYTES;
    if (region > 0) {
      assertThat(b.offset()).isEqualTo(12);
      // at least half a region in bytes (16-byte header + 4 per cell): G1 starts it at a region
      assertThat(16L + 4L * b.array().length).isGreaterThanOrEqualTo(region / 2);
      assertThat(b.array().length).isGreaterThanOrEqualTo(n + 12);
      assertThat(AlignedFloats.bytes(n, true)).isGreaterThanOrEqualTo(4L * b.array().length);
    } else {
      assertThat(b.offset()).isZero();
      assertThat(b.array()).hasSize(n);
    }
    AlignedFloats.Buffer p = AlignedFloats.allocate(n, false);
    assertThat(p.offset()).isZero();
    assertThat(p.array()).hasSize(n);
    assertThat(AlignedFloats.bytes(n, false)).isEqualTo(4L * n);
  }

  @Test
  void policyFollowsThePropertyAndTheTerms() {
    String before = System.getProperty("llmchem.cheme.alignedFloats");
    boolean g1 = AlignedFloats.Region.BYTES > 0;
    int n = 1 << 16;
    try {
      System.clearProperty("llmchem.cheme.alignedFloats");
      assertThat(AlignedFloats.use(1_000, 4, n)).isFalse(); // zeroing would cost more
      // below AUTO_FROM_TERMS not even the collector is asked (a one-time ~30 ms)
      assertThat(AlignedFloats.use(AlignedFloats.AUTO_FROM_TERMS - 1, 1, 16)).isFalse();
      assertThat(AlignedFloats.use(1L << 50, 4, n)).isEqualTo(g1);
      System.setProperty("llmchem.cheme.alignedFloats", "off");
      assertThat(AlignedFloats.use(1L << 50, 4, n)).isFalse();
      System.setProperty("llmchem.cheme.alignedFloats", "on");
      assertThat(AlignedFloats.use(1_000, 4, n)).isEqualTo(g1);
    } finally {
      if (before == null) {
        System.clearProperty("llmchem.cheme.alignedFloats");
      } else {
        System.setProperty("llmchem.cheme.alignedFloats", before);
      }
    }
  }
}
