package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.testutil.Permutations;
import dev.llmchem.engine.testutil.Seeds;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link BlockPlan#of}: one plan per shape (the rank included), equal to a fresh one. */
class BlockPlanCacheTest {
  @Test
  void aShapeGetsOnePlanEqualToAFreshOne() {
    long seed = Seeds.seed("BlockPlanCacheTest");
    Random r = new Random(seed);
    for (int c = 0; c < 40; c++) {
      int u = 3 + r.nextInt(24);
      int[] rank = Permutations.random(u, r);
      BlockPlan p = BlockPlan.of(u, BlockPlan.LANE_BITS, BlockPlan.HIGH_BITS, rank);
      assertThat(BlockPlan.of(u, BlockPlan.LANE_BITS, BlockPlan.HIGH_BITS, rank.clone()))
          .as("seed=%d u=%d", seed, u).isSameAs(p);
      assertSamePlan(p, new BlockPlan(u, BlockPlan.LANE_BITS, BlockPlan.HIGH_BITS, rank));
    }
  }

  @Test
  void anotherRankIsAnotherPlanAlsoInTheCallersReusedArray() {
    int u = 12;
    int[] rank = new int[u];
    for (int i = 0; i < u; i++) {
      rank[i] = i;
    }
    BlockPlan inOrder = BlockPlan.of(u, 4, 3, rank);
    int[] reversed = new int[u];
    for (int i = 0; i < u; i++) {
      reversed[i] = u - 1 - i;
    }
    System.arraycopy(reversed, 0, rank, 0, u); // the caller reuses its array
    BlockPlan other = BlockPlan.of(u, 4, 3, rank);
    assertThat(other).isNotSameAs(inOrder);
    assertSamePlan(other, new BlockPlan(u, 4, 3, reversed));
    assertSamePlan(inOrder, new BlockPlan(u, 4, 3, null));
  }

  @Test
  void onlyTheLastShapesAreKept() {
    BlockPlan first = BlockPlan.of(9, 3, 2, null);
    for (int k = 0; k < BlockPlan.CACHED; k++) {
      BlockPlan.of(10 + k % 8, 2 + k / 8, 2, null);
    }
    assertThat(BlockPlan.of(9, 3, 2, null)).isNotSameAs(first);
  }

  static void assertSamePlan(BlockPlan a, BlockPlan b) {
    assertThat(a.u).isEqualTo(b.u);
    assertThat(a.start).containsExactly(b.start);
    assertThat(a.width).containsExactly(b.width);
    assertThat(a.passes).hasSameSizeAs(b.passes);
    for (int i = 0; i < a.passes.size(); i++) {
      BlockPlan.Pass p = a.passes.get(i);
      BlockPlan.Pass q = b.passes.get(i);
      assertThat(p.groups).containsExactly(q.groups);
      assertThat(p.layouts).hasSameSizeAs(q.layouts);
      for (int j = 0; j < p.layouts.size(); j++) {
        BlockPlan.Layout x = p.layouts.get(j);
        BlockPlan.Layout y = q.layouts.get(j);
        assertThat(x.groups).containsExactly(y.groups);
        assertThat(x.ua).containsExactly(y.ua);
        assertThat(x.ub).containsExactly(y.ub);
        assertThat(x.pa).containsExactly(y.pa);
        assertThat(x.pb).containsExactly(y.pb);
        assertThat(x.shared).containsExactly(y.shared);
      }
    }
  }
}
