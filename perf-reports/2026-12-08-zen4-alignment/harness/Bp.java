package dev.llmchem.engine.cheme;
public class Bp { public static void main(String[] a) {
  for (int u : new int[] {16, 18, 20, 22, 24, 26}) {
    int[] rank = new int[u]; for (int i = 0; i < u; i++) rank[i] = i;
    BlockPlan p = new BlockPlan(u, BlockPlan.LANE_BITS, BlockPlan.HIGH_BITS, rank);
    long cher = 0, single = 0, smallLo = 0, cherSmall = 0; int layouts = 0, permuted = 0;
    StringBuilder sb = new StringBuilder();
    for (BlockPlan.Pass pass : p.passes) {
      long w = pass.outerCount;
      for (BlockPlan.Layout lay : pass.layouts) {
        layouts++; if (lay.groups[0] != 0) permuted++;
        for (int q = 0; q < lay.pairCount(); q++) {
          int lo = 1 << lay.pa[q];
          if (lay.cherries[q] != null && q + 1 < lay.pairCount()) {
            if (lo < 16 || (1 << lay.pa[q + 1]) < 16) cherSmall += 2 * w; else cher += 2 * w;
            q++;
          } else if (lo < 16) smallLo += w; else single += w;
        }
      }
    }
    long tot = cher + single + smallLo + cherSmall;
    System.out.printf("u=%d passes=%d layouts=%d permuted=%d maxBits=%d | pair-sweeps share: cherry %.3f single %.3f lo<16 %.3f cherry(lo<16) %.3f%n", u, p.passes.size(), layouts, permuted, p.maxBufferBits, cher / (double) tot, single / (double) tot, smallLo / (double) tot, cherSmall / (double) tot);
  }
}}
