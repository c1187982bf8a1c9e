package dev.llmchem.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmchem.benchmarks.IngestFootprint;
import dev.llmchem.benchmarks.state.CostTableState;
import dev.llmchem.benchmarks.state.DataSets;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.mig.Mig;
import dev.llmchem.engine.mig.UsedMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * This machine's scaling limits, measured (wall clock, one call after warm-up; these are
 * limits, not comparisons): the largest |U| whose exhaustive dense parallel CHEME finishes in
 * 1, 10 and 60 s, the largest generated history ingested in 1 s, the heap per history row and
 * per MIG node, and the largest many-task history through the whole pipeline within 10 and
 * 60 s ({@link ManyTaskLimits}). Sizes grow until a call exceeds the largest budget, the heap or
 * the kernel's MAX_U; budgets not reached are extrapolated with the fitted law and marked so.
 * Usage: {@code Limits OUT-DIR [--max-seconds S] [--many-tasks-only]} (writes limits.json and
 * limits.md; progress on stderr). Run it with a large heap ({@code -Xmx14g}) so |U| = 30 (8 GiB table) fits.
 */
public final class Limits {
  private static final double[] BUDGETS = {1, 10, 60};
  private final ObjectNode json = new ObjectMapper().createObjectNode();
  private final StringBuilder md = new StringBuilder("# Scaling limits of this machine\n\n");

  private Limits() { }

  /** Entry point. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path out = Path.of(args[0]);
    double maxSeconds = args.length > 2 && args[1].equals("--max-seconds")
        ? Double.parseDouble(args[2]) : 60;
    boolean onlyManyTasks = java.util.Arrays.asList(args).contains("--many-tasks-only");
    Limits l = new Limits();
    l.json.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    if (!onlyManyTasks) {
      l.cheme(maxSeconds);
      l.ingest();
      l.memory();
    }
    ManyTaskLimits.run(l.json, l.md, maxSeconds);
    Files.createDirectories(out);
    new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValue(out.resolve("limits.json").toFile(), l.json);
    Files.writeString(out.resolve("limits.md"), l.md.toString());
    System.err.println("wrote " + out.resolve("limits.md"));
  }

  private void cheme(double maxSeconds) {
    for (int i = 0; i < 3; i++) {
      DenseCheme.parallel(CostTableState.table(20, i), UsedMap.allUsed(20));
    }
    List<double[]> pts = new ArrayList<>();
    ArrayNode arr = json.putArray("cheme_dense_parallel");
    md.append("## Exhaustive CHEME (dense parallel kernel, double)\n\n| |U| | seconds | terms/s |\n"
        + "|---:|---:|---:|\n");
    long heap = Runtime.getRuntime().maxMemory();
    for (int u = 16; u <= DenseCheme.MAX_U; u++) {
      if (8L << u > heap * 0.7) {
        md.append("\n|U| = ").append(u).append(" not run: its table needs ").append(8L << u >> 20)
            .append(" MiB, the heap allows ").append(heap >> 20).append(" MiB.\n");
        break;
      }
      double[] table = CostTableState.table(u, 1);
      UsedMap map = UsedMap.allUsed(u);
      long t0 = System.nanoTime();
      DenseCheme.parallel(table, map);
      double s = (System.nanoTime() - t0) / 1e9;
      pts.add(new double[] {u, s});
      arr.addObject().put("u", u).put("seconds", s);
      md.append(String.format(Locale.ROOT, "| %d | %.3f | %.3g |%n", u, s,
          DenseCheme.terms(u) / s));
      System.err.printf(Locale.ROOT, "limits: CHEME |U| = %d: %.3f s%n", u, s);
      Fit f = fit(pts, 20);
      if (s > maxSeconds || (f.points() >= 3 && f.at(u + 1) > 2.5 * maxSeconds)) {
        break;
      }
    }
    Fit f = fit(pts, 20);
    json.put("cheme_growth_per_model", f.factor());
    md.append(String.format(Locale.ROOT, "%nFitted growth per added model (|U| >= 20): x%.2f.%n%n",
        f.factor()));
    ObjectNode lim = json.putObject("cheme_largest_u_within");
    for (double b : BUDGETS) {
      int best = -1;
      for (double[] p : pts) {
        if (p[1] <= b) {
          best = (int) p[0];
        }
      }
      boolean measured = pts.stream().anyMatch(p -> p[1] > b);
      boolean atMax = best == DenseCheme.MAX_U;
      String v = measured ? Integer.toString(best)
          : atMax ? String.format(Locale.ROOT, "%d (measured; the dense kernel stops at MAX_U ="
              + " %d, exact-eq1 takes over; the fitted law reaches %.0f s at |U| = %.1f)", best,
              DenseCheme.MAX_U, b, f.xAt(b))
          : String.format(Locale.ROOT, "%d (extrapolated: %.1f s at %d; beyond MAX_U = %d the "
              + "dense kernel refuses, exact-eq1 takes over)", (int) Math.floor(f.xAt(b)),
              f.at(Math.floor(f.xAt(b))), (int) Math.floor(f.xAt(b)), DenseCheme.MAX_U);
      lim.put(String.format(Locale.ROOT, "%.0fs", b), v);
      md.append(String.format(Locale.ROOT, "- largest |U| within %.0f s: **%s**%n", b, v));
    }
    md.append('\n');
  }

  private void ingest() {
    long[] sizes = {100_000, 250_000, 500_000, 750_000, 1_000_000};
    for (int i = 0; i < 3; i++) {
      HistoryReader.read(DataSets.generated(sizes[0]));
    }
    md.append("## Ingest (generated histories, read + validate, best of 3)\n\n| rows | MB | seconds |"
        + " rows/s |\n|---:|---:|---:|---:|\n");
    ArrayNode arr = json.putArray("ingest");
    long best = 0;
    double bestRate = 0;
    for (long rows : sizes) {
      Path f = DataSets.generated(rows);
      double s = Double.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        HistoryReader.read(f);
        s = Math.min(s, (System.nanoTime() - t0) / 1e9);
      }
      double mb = f.toFile().length() / 1e6;
      arr.addObject().put("rows", rows).put("mb", mb).put("seconds", s);
      md.append(String.format(Locale.ROOT, "| %,d | %.0f | %.3f | %,.0f |%n", rows, mb, s,
          rows / s));
      System.err.printf(Locale.ROOT, "limits: ingest %,d rows: %.3f s%n", rows, s);
      if (s <= 1) {
        best = rows;
        bestRate = rows / s;
      }
    }
    String v = String.format(Locale.ROOT, "%,d rows measured (best of 3); at that size's %,.0f"
        + " rows/s, about %,d rows (extrapolated)", best, bestRate,
        Math.round(bestRate / 10_000) * 10_000);
    json.put("ingest_rows_within_1s", v);
    md.append("\n- largest history ingested within 1 s: **").append(v).append("**\n\n");
  }

  private void memory() throws InterruptedException {
    long before = IngestFootprint.settledHeap();
    History h = HistoryReader.read(DataSets.generated(1_000_000)).history();
    double perRow = (double) (IngestFootprint.settledHeap() - before) / h.rows();
    before = IngestFootprint.settledHeap();
    int s = 22;
    int u = 20;
    int[] uToS = new int[u];
    for (int j = 0; j < u; j++) {
      uToS[j] = j;
    }
    Mig mig = Mig.build(new UsedMap(s, uToS), CostTableState.table(u, 3));
    double perNode = (double) (IngestFootprint.settledHeap() - before - (8L << u)) / mig.nodeCount();
    json.put("heap_bytes_per_history_row", perRow).put("heap_bytes_per_mig_node", perNode);
    md.append(String.format(Locale.ROOT, "## Memory%n%n- heap per history row (1,000,000 rows"
        + " held): **%.1f bytes**%n- heap per MIG node (|S| = %d, |U| = %d, %,d nodes, cost"
        + " table excluded): **%.1f bytes**%n- dense CHEME table: 8 bytes per subset of U, "
        + "2^|U| cells (|U| = 30: 8 GiB; Java arrays stop at 2^31 cells)%n", perRow, s, u,
        mig.nodeCount(), perNode));
    java.lang.ref.Reference.reachabilityFence(h);
    java.lang.ref.Reference.reachabilityFence(mig);
  }


  private static Fit fit(List<double[]> pts, int fromU) {
    double[] x = pts.stream().filter(p -> p[0] >= fromU).mapToDouble(p -> p[0]).toArray();
    double[] y = pts.stream().filter(p -> p[0] >= fromU).mapToDouble(p -> p[1]).toArray();
    return Fit.exponential(x, y);
  }
}
