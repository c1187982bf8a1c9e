package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.testutil.Seeds;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two-pair grouping of a plan's layouts: every pair of bits still owned exactly once, each
 * group's two pairs share the member its tag names in that role (first or second in S order),
 * and groups do not overlap; for U in S order almost every pair of a 26-bit plan is grouped.
 */
class SweepOrderTest {
  @Test
  void groupsSharePairsMemberInTheSameRoleAndKeepEveryPairOnce() {
    Random r = new Random(Seeds.seed("SweepOrderTest"));
    for (int c = 0; c < 300; c++) {
      int u = 3 + r.nextInt(28);
      int[] rank = new int[u];
      for (int j = 0; j < u; j++) {
        rank[j] = j;
      }
      for (int j = u - 1; j > 0 && r.nextBoolean(); j--) {
        int k = r.nextInt(j + 1);
        int t = rank[j];
        rank[j] = rank[k];
        rank[k] = t;
      }
      BlockPlan plan = new BlockPlan(u, 1 + r.nextInt(6), 1 + r.nextInt(5), rank);
      Set<Integer> seen = new HashSet<>();
      for (BlockPlan.Pass p : plan.passes) {
        for (BlockPlan.Layout lay : p.layouts) {
          for (int q = 0; q < lay.pairCount(); q++) {
            assertThat(seen.add(lay.ua[q] * 64 + lay.ub[q])).as("u=%d pair once", u).isTrue();
            assertThat(lay.pa[q]).isLessThan(lay.pb[q]);
            if (lay.shared[q] == SweepOrder.NONE) {
              continue;
            }
            assertThat(q + 1).isLessThan(lay.pairCount());
            assertThat(lay.shared[q + 1]).as("groups do not overlap").isEqualTo(SweepOrder.NONE);
            boolean first = lay.shared[q] == SweepOrder.FIRST;
            assertThat(member(lay, q, rank, first)).as("u=%d shared member", u)
                .isEqualTo(member(lay, q + 1, rank, first));
          }
        }
      }
      assertThat(seen).hasSize(u * (u - 1) / 2);
    }
  }

  @Test
  void almostEveryPairIsGroupedWhenUIsInSOrder() {
    BlockPlan plan = new BlockPlan(26, BlockPlan.LANE_BITS, BlockPlan.HIGH_BITS, null);
    int alone = 0;
    int total = 0;
    for (BlockPlan.Pass p : plan.passes) {
      for (BlockPlan.Layout lay : p.layouts) {
        for (int q = 0; q < lay.pairCount(); q++) {
          boolean grouped = lay.shared[q] != SweepOrder.NONE
              || q > 0 && lay.shared[q - 1] != SweepOrder.NONE;
          alone += grouped ? 0 : 1;
          total++;
        }
      }
    }
    System.out.println("u=26: " + alone + " of " + total + " pairs run alone");
    assertThat(total).isEqualTo(325);
    assertThat(alone).as("pairs run alone").isLessThanOrEqualTo(total / 20);
  }

  private static int member(BlockPlan.Layout lay, int q, int[] rank, boolean first) {
    boolean aFirst = rank[lay.ua[q]] < rank[lay.ub[q]];
    return first == aFirst ? lay.ua[q] : lay.ub[q];
  }
}
