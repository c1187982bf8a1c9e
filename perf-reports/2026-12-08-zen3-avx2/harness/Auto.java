import dev.llmchem.benchmarks.state.CostTableState;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.mig.UsedMap;
import java.util.Arrays;

/**
 * The default kernel choice (DenseCheme.Kernel.AUTO) at |U| = 16 after one |U| = 26 call in the
 * same JVM (which runs the vector loop and passes the 2^30 vector terms after which AUTO takes
 * it from 16): per-call times in blocks of 50, with the kernel AUTO named. Usage: java
 * [-Dskip26=1] --add-modules jdk.incubator.vector -cp benchmarks.jar Auto.java [CALLS]
 */
public class Auto {
  public static void main(String[] a) {
    int calls = a.length > 0 ? Integer.parseInt(a[0]) : 600;
    double[] big = CostTableState.table(26, 20261126L, "limit");
    long t0 = System.nanoTime();
    if (System.getProperty("skip26") == null) { // -Dskip26: AUTO stays with the scalar loops
      DenseCheme.parallel(big, UsedMap.allUsed(26));
      System.out.printf("u=26 %s: %.0f ms%n", DenseCheme.kernelName(DenseCheme.Kernel.AUTO, 26),
          (System.nanoTime() - t0) / 1e6);
    }
    big = null;
    double[] c = CostTableState.table(16, 20261126L, "limit");
    UsedMap map = UsedMap.allUsed(16);
    System.out.println("u=16 AUTO takes: " + DenseCheme.kernelName(DenseCheme.Kernel.AUTO, 16));
    double[] t = new double[calls];
    for (int i = 0; i < calls; i++) {
      long s = System.nanoTime();
      DenseCheme.parallel(c, map);
      t[i] = (System.nanoTime() - s) / 1e6;
    }
    for (int b = 0; b < calls; b += 50) {
      double[] y = Arrays.copyOfRange(t, b, Math.min(calls, b + 50));
      Arrays.sort(y);
      System.out.printf("calls %d-%d: median %.2f ms, max %.2f ms%n", b, b + y.length - 1,
          y[y.length / 2], y[y.length - 1]);
    }
  }
}
