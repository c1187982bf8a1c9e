import dev.llmchem.engine.cheme.*;
import dev.llmchem.engine.mig.UsedMap;
import dev.llmchem.benchmarks.state.CostTableState;
public class Run { public static void main(String[] a) throws Exception {
  int u = Integer.parseInt(a[0]);
  double[] c = CostTableState.table(u, 20261126L, "limit");
  UsedMap map = UsedMap.allUsed(u);
  for (int i = 0; i < Integer.parseInt(a.length > 1 ? a[1] : "12"); i++) {
    long t0 = System.nanoTime();
    ChemMatrix m = DenseCheme.sequential(c, map, DenseCheme.Kernel.VECTOR);
    System.out.printf("%.1f ", (System.nanoTime() - t0) / 1e6);
  }
  System.out.println();
}}
