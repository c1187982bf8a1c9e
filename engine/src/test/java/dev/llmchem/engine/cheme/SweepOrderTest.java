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
 * its {@link Cherry} describes exactly those two pairs, and groups do not overlap; for U in S
 * order almost every pair of a 26-bit plan is grouped.
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
              assertThat(lay.cherries[q]).as("no sweep for a lone pair").isNull();
              continue;
            }
            assertThat(q + 1).isLessThan(lay.pairCount());
            assertThat(lay.shared[q + 1]).as("groups do not overlap").isEqualTo(SweepOrder.NONE);
            boolean first = lay.shared[q] == SweepOrder.FIRST;
            assertThat(member(lay, q, rank, first)).as("u=%d shared member", u)
                .isEqualTo(member(lay, q + 1, rank, first));
            checkCherry(lay, q, rank, first, u);
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

  /** The plan's description of group q: offsets, role and slots of pairs q and q + 1. */
  private static void checkCherry(BlockPlan.Layout lay, int q, int[] rank, boolean first,
      int u) {
    Cherry c = lay.cherries[q];
    assertThat(c).isNotNull();
    assertThat(c.sharedIsSecond()).isEqualTo(!first);
    assertThat(c.shared()).isEqualTo(offset(lay, q, member(lay, q, rank, first)));
    assertThat(c.other1()).isEqualTo(offset(lay, q, member(lay, q, rank, !first)));
    assertThat(c.other2()).isEqualTo(offset(lay, q + 1, member(lay, q + 1, rank, !first)));
    assertThat(c.firstOf(c.other1())).isEqualTo(offset(lay, q, member(lay, q, rank, true)));
    assertThat(c.secondOf(c.other2())).isEqualTo(offset(lay, q + 1,
        member(lay, q + 1, rank, false)));
    assertThat(c.slot1()).isEqualTo(DenseDriver.pairIndex(u, lay.ua[q], lay.ub[q]));
    assertThat(c.slot2()).isEqualTo(DenseDriver.pairIndex(u, lay.ua[q + 1], lay.ub[q + 1]));
    assertThat(new int[] {c.low(), c.mid(), c.high()}).isSorted()
        .containsExactlyInAnyOrder(c.shared(), c.other1(), c.other2());
  }

  /** Buffer offset of U bit {@code m}, a member of pair q. */
  private static int offset(BlockPlan.Layout lay, int q, int m) {
    return 1 << (m == lay.ua[q] ? lay.pa[q] : lay.pb[q]);
  }

  private static int member(BlockPlan.Layout lay, int q, int[] rank, boolean first) {
    boolean aFirst = rank[lay.ua[q]] < rank[lay.ub[q]];
    return first == aFirst ? lay.ua[q] : lay.ub[q];
  }
}
