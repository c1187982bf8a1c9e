package dev.llmchem.engine.cheme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the dense kernel walks a table of 2^u costs: which sub-cubes it gathers into an
 * L2-sized buffer and, inside each, which pairs it evaluates under which bit layout.
 *
 * <p>The u bits are split into groups: G0 = the lowest {@code l} bits (contiguous in memory)
 * and g >= 2 high groups of at most {@code h} bits. A pass takes G0 and two high groups Gi,
 * Gj (i < j); for every setting of the other ("outer") bits it gathers the 2^k cells
 * (k = |G0|+|Gi|+|Gj|) into a buffer in the natural layout [G0 | Gi | Gj] (low to high).
 * Every pair of groups among {G0, Gi, Gj} not owned by an earlier pass is owned by this one;
 * its pairs run under a layout whose low "lane" bits are the third group, so the innermost
 * loop walks 2^|lane| or more contiguous cells with the pair bits clear (the JIT vectorises
 * it). Layouts other than the natural one are permuted copies of the buffer (in L2).
 * Every pair of bits is owned exactly once; each pass reads the table once.
 *
 * <p>Immutable once built (O(u^2)); {@link #of} keeps the last {@link #CACHED} shapes, so a
 * caller that runs the same |U| again reuses its plan.
 */
final class BlockPlan {
  /** Default lane bits (G0) and high group size: k <= 6 + 2*5 = 16 bits = 512 KiB doubles. */
  static final int LANE_BITS = 6;
  static final int HIGH_BITS = 5;

  /** A bit layout of the buffer: group ids low to high, and the pairs run under it. */
  static final class Layout {
    final int[] groups;
    /** Pair p: U bits {@code ua[p] < ub[p]}, buffer bits {@code pa[p], pb[p]}. */
    int[] ua = new int[0];
    int[] ub = new int[0];
    int[] pa = new int[0];
    int[] pb = new int[0];
    /** {@link SweepOrder#FIRST} / {@link SweepOrder#SECOND}: pair p and p+1 share that member. */
    byte[] shared = new byte[0];
    /** Where {@code shared[p]} is not NONE: pairs p and p+1 as one two-pair sweep, else null. */
    Cherry[] cherries = new Cherry[0];

    Layout(int[] groups) {
      this.groups = groups;
    }

    int pairCount() {
      return ua.length;
    }
  }

  /** One pass: the natural group order, the outer bits, and its layouts with pairs. */
  static final class Pass {
    final int[] groups;
    final int bufferBits;
    final long outerCount;
    final List<Layout> layouts = new ArrayList<>();
    int pairCount;

    Pass(int[] groups, int bufferBits, int u) {
      this.groups = groups;
      this.bufferBits = bufferBits;
      this.outerCount = 1L << (u - bufferBits);
    }
  }

  final int u;
  final int[] start;
  final int[] width;
  final List<Pass> passes = new ArrayList<>();
  final int maxBufferBits;

  /** Plans {@link #of} keeps: a plan is a few KiB (|U| = 30: 435 pairs in 10 passes). */
  static final int CACHED = 16;

  /** The last {@link #CACHED} plans by shape, least recently used first. Guarded by itself. */
  private static final Map<String, BlockPlan> PLANS = new LinkedHashMap<>(32, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, BlockPlan> eldest) {
      return size() > CACHED;
    }
  };

  /**
   * The plan of {@link #BlockPlan(int, int, int, int[])}, built once per shape and then shared:
   * at |U| = 16-20 building one took 60-190 us of a 0.6-20 ms call, and its code (the pair
   * ordering) ran interpreted again whenever the JIT discarded it (perf-reports/
   * 2026-12-08-zen3-avx2). Plans are never modified after construction; the map's lock
   * publishes them to other threads.
   */
  static BlockPlan of(int u, int laneBits, int highBits, int[] rank) {
    String key = u + "/" + laneBits + "/" + highBits + "/" + Arrays.toString(rank);
    BlockPlan p;
    synchronized (PLANS) {
      p = PLANS.get(key);
    }
    if (p == null) {
      p = new BlockPlan(u, laneBits, highBits, rank); // keeps no reference to rank
      synchronized (PLANS) {
        PLANS.put(key, p);
      }
    }
    return p;
  }

  /** A plan for u >= 3 bits with at most {@code laneBits} in G0 and {@code highBits} per group. */
  BlockPlan(int u, int laneBits, int highBits) {
    this(u, laneBits, highBits, null);
  }

  /**
   * As above, with each layout's pairs ordered for two-pair sweeps ({@link SweepOrder}; pairs
   * that share a member in the same S-order role side by side); {@code rank[j]} = S index of
   * U bit j, null = U order.
   */
  BlockPlan(int u, int laneBits, int highBits, int[] rank) {
    if (u < 3 || laneBits < 1 || highBits < 1) {
      throw new IllegalArgumentException("plan needs u >= 3, got " + u);
    }
    this.u = u;
    int l = Math.min(laneBits, u - 2);
    int high = u - l;
    int g = Math.max(2, (high + highBits - 1) / highBits);
    start = new int[g + 1];
    width = new int[g + 1];
    width[0] = l;
    int pos = l;
    for (int q = 1; q <= g; q++) {
      width[q] = high / g + (q - 1 < high % g ? 1 : 0);
      start[q] = pos;
      pos += width[q];
    }
    boolean[][] owned = new boolean[g + 1][g + 1];
    int maxK = 0;
    for (int i = 1; i <= g; i++) {
      for (int j = i + 1; j <= g; j++) {
        int[] grp = {0, i, j};
        Pass p = new Pass(grp, width[0] + width[i] + width[j], u);
        maxK = Math.max(maxK, p.bufferBits);
        for (int x = 0; x < 3; x++) {
          for (int y = x; y < 3; y++) {
            int gx = grp[x];
            int gy = grp[y];
            if (owned[gx][gy] || (gx == gy && width[gx] < 2)) {
              continue;
            }
            owned[gx][gy] = true;
            int lane = gx != gy ? grp[3 - x - y] : (gx != 0 ? 0 : (width[i] >= width[j] ? i : j));
            addPairs(p, lane, gx, gy);
          }
        }
        // permuted layouts first: split among workers, each is one slice taken early (DenseDriver)
        p.layouts.sort(java.util.Comparator.comparingInt(lay -> lay.groups[0] == 0 ? 1 : 0));
        for (Layout lay : p.layouts) {
          SweepOrder.order(lay, rank, u);
        }
        passes.add(p);
      }
    }
    maxBufferBits = maxK;
  }

  private void addPairs(Pass p, int lane, int gx, int gy) {
    int[] order = new int[3];
    order[0] = lane;
    int n = 1;
    for (int q : p.groups) {
      if (q != lane) {
        order[n++] = q;
      }
    }
    Layout lay = null;
    for (Layout l : p.layouts) {
      if (l.groups[0] == lane) {
        lay = l;
      }
    }
    if (lay == null) {
      lay = new Layout(order);
      p.layouts.add(lay);
    }
    int[] bufPos = new int[u];
    int pos = 0;
    for (int q : order) {
      for (int b = 0; b < width[q]; b++) {
        bufPos[start[q] + b] = pos++;
      }
    }
    for (int a = start[gx]; a < start[gx] + width[gx]; a++) {
      for (int b = start[gy]; b < start[gy] + width[gy]; b++) {
        if (a < b) {
          lay.ua = append(lay.ua, a);
          lay.ub = append(lay.ub, b);
          lay.pa = append(lay.pa, bufPos[a]);
          lay.pb = append(lay.pb, bufPos[b]);
          p.pairCount++;
        }
      }
    }
  }

  private static int[] append(int[] a, int v) {
    int[] r = java.util.Arrays.copyOf(a, a.length + 1);
    r[a.length] = v;
    return r;
  }

  /** The table offset of outer setting {@code o} of pass {@code p} (bits outside its groups). */
  int outerBase(Pass p, long o) {
    int base = 0;
    int used = 0;
    for (int q = 1; q < width.length; q++) {
      if (q == p.groups[1] || q == p.groups[2]) {
        continue;
      }
      base |= (int) ((o >>> used) & ((1L << width[q]) - 1)) << start[q];
      used += width[q];
    }
    return base;
  }
}
