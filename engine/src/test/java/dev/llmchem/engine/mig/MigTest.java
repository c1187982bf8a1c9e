package dev.llmchem.engine.mig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.cheme.CostTables;
import dev.llmchem.engine.control.LimitException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MIG structure, covering walk vs the reference's linear scan, memo, export, refusals. */
class MigTest {

  @Test
  void randomGraphsMatchTheSpec() {
    long seed = 77001L;
    System.out.println("seed=" + seed);
    Random r = new Random(seed);
    for (int s = 0; s <= 12; s++) {
      for (int rep = 0; rep < 4; rep++) {
        int u = rep == 0 ? s : rep == 1 ? 0 : r.nextInt(s + 1);
        int[] uToS = CostTables.randomUToS(s, u, r);
        UsedMap map = new UsedMap(s, uToS);
        double[] cost = new double[1 << u];
        for (int i = 0; i < cost.length; i++) {
          cost[i] = r.nextInt(4) == 0 ? 0 : r.nextDouble();
        }
        Mig mig = Mig.build(map, cost);
        String what = "s=" + s + " u=" + u;
        assertThat((long) mig.nodeCount()).as(what).isEqualTo(Mig.expectedNodeCount(s, u));
        assertThat(mig.mask(0)).isEqualTo(s == 0 ? 0 : -1L >>> (64 - s));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < mig.nodeCount(); i++) {
          long x = mig.mask(i);
          assertThat(seen.add(x)).as(what + " duplicate node").isTrue();
          assertThat(mig.usedMask(i)).isEqualTo(x & map.usedMask());
          assertThat(mig.cost(i)).isEqualTo(cost[map.compress(x)]);
          long members = mig.usedMask(i) != 0 ? mig.usedMask(i) : x;
          assertThat(mig.childStart(i + 1) - mig.childStart(i)).isEqualTo(Long.bitCount(members));
          for (int e = mig.childStart(i); e < mig.childStart(i + 1); e++) {
            assertThat(mig.mask(mig.child(e))).isEqualTo(x & ~(1L << mig.removed(e)));
            assertThat(mig.child(e)).as("BFS order").isGreaterThan(i);
          }
        }
        CoveringMemo memo = new CoveringMemo(mig, 16);
        for (long x = 0; x < 1L << s; x++) {
          int y = mig.covering(x);
          assertThat((mig.usedMask(y) & ~x) == 0 && (x & ~mig.mask(y)) == 0).as(what).isTrue();
          int z = NaiveCovering.covering(mig, x);
          assertThat(z).isNotNegative();
          assertThat(mig.cost(y)).isEqualTo(mig.cost(z)).isEqualTo(cost[map.compress(x)]);
          assertThat(memo.covering(x)).isEqualTo(y);
          assertThat(memo.costOf(x)).isEqualTo(mig.cost(y));
        }
      }
    }
  }

  @Test
  void usedMapCompressesAndExpandsInAnyOrder() {
    UsedMap m = new UsedMap(64, new int[] {63, 0, 17, 40});
    assertThat(m.compress(1L << 63)).isEqualTo(1);
    assertThat(m.compress(1L | 1L << 40 | 1L << 5)).isEqualTo(2 | 8);
    assertThat(m.expand(15)).isEqualTo(1L << 63 | 1L | 1L << 17 | 1L << 40);
    assertThatThrownBy(() -> new UsedMap(4, new int[] {1, 1})).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void exportsDotAndNodes() {
    UsedMap map = new UsedMap(3, new int[] {2, 0});
    Mig mig = Mig.build(map, new double[] {1.0, 0.1, 0.2, 0.25});
    String[] names = {"a", "b\"q", "c"};
    String dot = MigExport.toDot(mig, names);
    assertThat(dot).startsWith("digraph MIG {").contains("b\\\"q").contains("-> n");
    var nodes = MigExport.nodes(mig, names);
    assertThat(nodes).hasSize(mig.nodeCount());
    assertThat(nodes.get(0).members()).containsExactly("a", "b\"q", "c");
    assertThat(nodes.get(0).used()).containsExactly("a", "c");
    assertThat(nodes.get(0).cost()).isEqualTo(0.25);
    assertThat(nodes.get(0).removed()).containsExactly("a", "c");
  }

  @Test
  void refusesGraphsBeyondTheHeap() {
    assertThatThrownBy(() -> Mig.build(60, 0L, x -> 1.0))
        .isInstanceOf(LimitException.class).hasMessageContaining("|S| = 60")
        .hasMessageContaining("heap");
  }
}
