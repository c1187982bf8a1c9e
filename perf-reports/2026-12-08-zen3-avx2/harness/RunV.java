import dev.llmchem.benchmarks.state.CostTableState;
import dev.llmchem.engine.cheme.*;
import dev.llmchem.engine.mig.UsedMap;

/**
 * The Vector API kernel named explicitly (DenseCheme.Kernel.VECTOR), sequential and parallel,
 * timed per call in one JVM: java --add-modules jdk.incubator.vector -cp benchmarks.jar
 * RunV.java U REPS [seq|par|both] (-Dseries=1 prints every call: the cold phase, when C2 has
 * compiled the cherry sweep but not yet the rarer single-pair loop and its callers).
 */
public class RunV {
  public static void main(String[] a) {
    int u = Integer.parseInt(a[0]);
    int reps = Integer.parseInt(a[1]);
    String mode = a.length > 2 ? a[2] : "both";
    double[] c = CostTableState.table(u, 20261126L, "limit");
    UsedMap map = UsedMap.allUsed(u);
    boolean series = System.getProperty("series") != null;
    double[][] t = new double[2][reps];
    for (int i = 0; i < reps; i++) {
      for (int m = 0; m < 2; m++) {
        if (!mode.equals("both") && !mode.equals(m == 0 ? "seq" : "par")) {
          continue;
        }
        long t0 = System.nanoTime();
        if (m == 0) {
          DenseCheme.sequential(c, map, DenseCheme.Kernel.VECTOR);
        } else {
          DenseCheme.parallel(c, map, DenseCheme.Kernel.VECTOR);
        }
        t[m][i] = (System.nanoTime() - t0) / 1e6;
        if (series) {
          System.out.printf("%.1f ", t[m][i]);
        }
      }
    }
    for (int m = 0; m < 2; m++) {
      if (!mode.equals("both") && !mode.equals(m == 0 ? "seq" : "par")) {
        continue;
      }
      double[] y = java.util.Arrays.copyOfRange(t[m], reps / 2, reps);
      java.util.Arrays.sort(y);
      System.out.printf("%n%s median of the last half %.2f ms (q1 %.2f, q3 %.2f)%n",
          m == 0 ? "seq" : "par", y[y.length / 2], y[y.length / 4], y[3 * y.length / 4]);
    }
  }
}
