package dev.llmchem.engine.cheme;

import dev.llmchem.engine.ProgressListener;
import dev.llmchem.engine.mig.UsedMap;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

/** Ad-hoc timing during development (not a test; JMH has the real numbers). */
public final class DenseTiming {
  private DenseTiming() { }

  public static void main(String[] args) {
    int u = Integer.parseInt(args[0]);
    int threads = Integer.parseInt(args[1]);
    String kind = args.length > 2 ? args[2] : "pos";
    Random r = new Random(1);
    double[] c = kind.equals("eq1") ? CostTables.eq1(u, r, 0.2) : CostTables.positive(u, r);
    UsedMap map = UsedMap.allUsed(u);
    ForkJoinPool pool = new ForkJoinPool(threads);
    for (int rep = 0; rep < 6; rep++) {
      long t0 = System.nanoTime();
      ChemMatrix m = threads == 1 ? DenseCheme.sequential(c, map)
          : DenseCheme.parallel(c, map, pool, ProgressListener.NONE);
      double s = (System.nanoTime() - t0) * 1e-9;
      System.out.printf("u=%d threads=%d %s %.4f s %.3e terms/s chem01=%s%n", u, threads, kind,
          s, DenseCheme.terms(u) / s, m.chem(0, 1));
    }
  }
}
