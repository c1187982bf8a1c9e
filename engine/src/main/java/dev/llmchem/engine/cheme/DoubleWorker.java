package dev.llmchem.engine.cheme;

import dev.llmchem.engine.mig.UsedMap;

/**
 * A worker of {@link DenseCheme}: its double buffers (the natural one, or the table itself when
 * one sub-cube is the whole table, and a permuted copy), float copies of them when the kernel
 * runs its float skip test, and its per-pair accumulators. Runs a layout's pairs, two at a time
 * where {@link SweepOrder} grouped them. Not thread-safe: one per worker thread.
 */
final class DoubleWorker extends DenseDriver.Worker {
  private final double[] table;
  private final UsedMap map;
  private final boolean checked;
  private final PairKernel kernel;
  private final PairKernel fallback;
  private final int u;
  private final double[] natural;
  private final double[] scratch;
  /** Margin of the float skip test, NaN when it is off; then the float copies are null. */
  private final double rho;
  /** Float copies of the natural and the permuted buffer for the float skip test. */
  private final AlignedFloats.Buffer fNatural;
  private final AlignedFloats.Buffer fScratch;
  /** The natural buffer of the loaded sub-cube: {@code natural}, or the table itself. */
  private double[] current;
  private long loads;
  private long permutedAt = -1;
  private BlockPlan.Layout permuted;

  DoubleWorker(BlockPlan plan, double[] table, UsedMap map, boolean checked,
      PairKernel kernel, PairKernel fallback, double rho, boolean alignedFloats) {
    super(map.u() * (map.u() - 1) / 2);
    this.kernel = kernel;
    this.fallback = fallback;
    this.table = table;
    this.map = map;
    this.checked = checked;
    this.u = map.u();
    this.natural = plan.maxBufferBits < u ? new double[1 << plan.maxBufferBits] : null;
    this.scratch = new double[1 << plan.maxBufferBits];
    this.rho = rho;
    boolean filter = !Double.isNaN(rho);
    this.fNatural = filter ? AlignedFloats.allocate(1 << plan.maxBufferBits, alignedFloats) : null;
    this.fScratch = filter ? AlignedFloats.allocate(1 << plan.maxBufferBits, alignedFloats) : null;
  }

  @Override
  void load(BlockPlan p, BlockPlan.Pass pass, int base) {
    loads++;
    if (pass.bufferBits == u) {
      current = table; // one sub-cube is the whole table, already in natural order
    } else {
      int[] g = pass.groups;
      DenseKernel.gather(table, base, p.start[g[0]], p.width[g[0]], p.start[g[1]],
          p.width[g[1]], p.start[g[2]], p.width[g[2]], natural);
      current = natural;
    }
    if (fNatural != null) {
      DenseKernel.toFloat(current, fNatural.array(), fNatural.offset(), 1 << pass.bufferBits);
    }
  }

  @Override
  void run(BlockPlan p, BlockPlan.Pass pass, BlockPlan.Layout lay, int from, int to) {
    double[] buf = current;
    int[] g = lay.groups;
    if (g[0] != 0) {
      if (permuted != lay || permutedAt != loads) {
        Transpose.permute(current, DenseDriver.naturalShift(p, pass, g[0]), p.width[g[0]],
            DenseDriver.naturalShift(p, pass, g[1]), p.width[g[1]],
            DenseDriver.naturalShift(p, pass, g[2]), p.width[g[2]], scratch);
        if (fScratch != null) {
          DenseKernel.toFloat(scratch, fScratch.array(), fScratch.offset(),
              1 << pass.bufferBits);
        }
        permuted = lay;
        permutedAt = loads;
      }
      buf = scratch;
    }
    AlignedFloats.Buffer fbuf = g[0] != 0 ? fScratch : fNatural;
    float[] fa = fbuf != null ? fbuf.array() : null;
    int fo = fbuf != null ? fbuf.offset() : 0;
    int n = 1 << pass.bufferBits;
    for (int q = from; q < to; q++) {
      int lo = 1 << lay.pa[q];
      int hi = 1 << lay.pb[q];
      boolean lowFirst = map.sIndex(lay.ua[q]) < map.sIndex(lay.ub[q]);
      int f = lowFirst ? lo : hi;
      int gg = lowFirst ? hi : lo;
      int slot = DenseDriver.pairIndex(u, lay.ua[q], lay.ub[q]);
      if (!open(slot)) {
        continue; // saturated (DenseDriver#open)
      }
      PairKernel k = lo >= kernel.minRun() ? kernel : fallback;
      if (checked) {
        k.pairMaxChecked(buf, n, lo, hi, f, gg, mx, ok, slot);
      } else if (lay.cherries[q] != null && q + 1 < to && k == kernel
          && 1 << lay.pa[q + 1] >= kernel.minRun()
          && open(DenseDriver.pairIndex(u, lay.ua[q + 1], lay.ub[q + 1]))) {
        // pairs q and q + 1 share a member: one sweep for both (the plan's description)
        kernel.cherryMax(buf, fa, fo, n, lay.cherries[q], rho, mx);
        q++;
      } else {
        mx[slot] = k.pairMax(buf, n, lo, hi, f, gg, mx[slot]);
      }
    }
  }
}
