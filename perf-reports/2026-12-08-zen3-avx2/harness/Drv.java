package dev.llmchem.engine.cheme;

import dev.llmchem.benchmarks.state.CostTableState;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.mig.UsedMap;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;

/**
 * The Java dense driver alone (gathers, transposes, float copies; no sweep), beside the full
 * vector kernel, on 2 workers: the Java twin of chem_best's `driver` variant. Runs in the
 * engine's package (class path, so the split package is allowed) to reach the package-private
 * DenseCheme.compute with a kernel whose sweeps do nothing but whose float test is on, so the
 * workers keep every float copy. Usage: Drv U REPS (times alternate driver / full).
 */
public class Drv {
  static final PairKernel NOTHING = new PairKernel() {
    @Override public String name() { return "driver-only"; }
    @Override public int minRun() { return 1; }
    @Override public double pairMax(double[] t, int n, int lo, int hi, int f, int g, double m) { return m; }
    @Override public void pairMaxChecked(double[] t, int n, int lo, int hi, int f, int g, double[] mx, double[] ok, int slot) { }
    @Override public void cherryMax(double[] t, float[] tf, int tfOffset, int n, Cherry c, double rho, double[] mx) { }
    @Override public boolean floatFilter() { return true; }
  };

  public static void main(String[] a) {
    int u = Integer.parseInt(a[0]);
    int reps = Integer.parseInt(a[1]);
    double[] c = CostTableState.table(u, 20261126L, "limit");
    UsedMap map = UsedMap.allUsed(u);
    PairKernel vector = VectorSupport.kernel();
    double[][] t = new double[2][reps];
    for (int i = 0; i < reps; i++) {
      for (int m = 0; m < 2; m++) {
        long t0 = System.nanoTime();
        compute(c, map, 2, ForkJoinPool.commonPool(), ProgressListener.NONE, BlockPlan.LANE_BITS,
            BlockPlan.HIGH_BITS, m == 0 ? NOTHING : vector);
        t[m][i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    for (int m = 0; m < 2; m++) {
      double[] y = Arrays.copyOfRange(t[m], reps / 2, reps);
      Arrays.sort(y);
      System.out.printf("u=%d %s median of the last %d: %.1f ms (%.1f-%.1f)%n", u,
          m == 0 ? "driver" : "vector", y.length, y[y.length / 2], y[0], y[y.length - 1]);
    }
  }

  static ChemMatrix compute(double[] c, UsedMap map, int threads, ForkJoinPool pool,
      ProgressListener p, int lane, int high, PairKernel k) {
    return DenseCheme.compute(c, map, threads, pool, p, lane, high, k);
  }
}
