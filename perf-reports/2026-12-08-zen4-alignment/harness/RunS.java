import dev.llmchem.engine.cheme.*;
import dev.llmchem.engine.mig.UsedMap;
import dev.llmchem.benchmarks.state.CostTableState;
public class RunS { public static void main(String[] a) throws Exception {
  int u = Integer.parseInt(a[0]);
  double[] c = CostTableState.table(u, 20261126L, "limit");
  UsedMap map = UsedMap.allUsed(u);
  for (int i = 0; i < Integer.parseInt(a[1]); i++) {
    long t0 = System.nanoTime();
    ChemMatrix m = a.length > 2 ? DenseCheme.sequential(c, map, DenseCheme.Kernel.SCALAR) : DenseCheme.parallel(c, map, DenseCheme.Kernel.SCALAR);
    System.out.printf("%.1f ", (System.nanoTime() - t0) / 1e6);
  }
  System.out.println();
}}
