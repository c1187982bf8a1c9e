package dev.llmchem.benchmarks.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmchem.benchmarks.state.DataSets;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.TaskRunner;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "largest history / most tasks" section of {@link Limits}: many-task production logs
 * ({@link DataSets#manyTasks}: 100 rows per task, distinct prompts, 16 models) through the
 * whole {@code chem recommend} pipeline in one warm JVM (read, cluster, profiles, then CHEME and
 * RECOMMEND per task through {@link TaskRunner}), growing 10^5, 3*10^5, 10^6, ... rows until a
 * run passes the largest budget or the heap. The largest size within 10 and 60 s is measured,
 * or interpolated linearly between the two measured sizes around the budget (said so).
 */
final class ManyTaskLimits {
  private static final double[] BUDGETS = {10, 60};
  private static final long[] ROWS = {100_000, 300_000, 1_000_000, 3_000_000, 10_000_000,
      30_000_000};

  private ManyTaskLimits() { }

  static void run(ObjectNode json, StringBuilder md, double maxSeconds) {
    pipeline(DataSets.manyTasks(100_000, 1_000)); // warm-up
    md.append("## Many tasks end to end (read, cluster, profiles, CHEME + RECOMMEND per task)\n\n"
        + "| rows | tasks | seconds |\n|---:|---:|---:|\n");
    ArrayNode arr = json.putArray("many_tasks_pipeline");
    List<double[]> pts = new ArrayList<>();
    for (long rows : ROWS) {
      if (rows * 130 > Runtime.getRuntime().maxMemory()) {
        md.append(String.format(Locale.ROOT, "%n%,d rows not run: about 130 bytes of heap per"
            + " row are needed, the heap allows %d MiB.%n", rows,
            Runtime.getRuntime().maxMemory() >> 20));
        break;
      }
      int tasks = (int) (rows / 100);
      double s = pipeline(DataSets.manyTasks(rows, tasks));
      pts.add(new double[] {rows, tasks, s});
      arr.addObject().put("rows", rows).put("tasks", tasks).put("seconds", s);
      md.append(String.format(Locale.ROOT, "| %,d | %,d | %.2f |%n", rows, tasks, s));
      System.err.printf(Locale.ROOT, "limits: many tasks, %,d rows: %.2f s%n", rows, s);
      if (s > maxSeconds) {
        break;
      }
    }
    ObjectNode lim = json.putObject("many_tasks_largest_within");
    for (double b : BUDGETS) {
      String v = within(pts, b);
      lim.put(String.format(Locale.ROOT, "%.0fs", b), v);
      md.append(String.format(Locale.ROOT, "- largest history within %.0f s: **%s**%n", b, v));
    }
    md.append('\n');
  }

  /** The largest measured size within {@code b} seconds, or the interpolation past it. */
  private static String within(List<double[]> pts, double b) {
    double[] below = null;
    double[] above = null;
    for (double[] p : pts) {
      if (p[2] <= b) {
        below = p;
      } else if (above == null) {
        above = p;
      }
    }
    if (below == null) {
      return "none measured (the smallest run took longer)";
    }
    String m = String.format(Locale.ROOT, "%,d rows / %,d tasks measured", (long) below[0],
        (long) below[1]);
    if (above == null) {
      return m + " (the largest size run)";
    }
    double x = below[0] + (above[0] - below[0]) * (b - below[2]) / (above[2] - below[2]);
    return m + String.format(Locale.ROOT, "; about %,d rows / %,d tasks interpolated",
        Math.round(x / 1e5) * 100_000, Math.round(x / 1e5) * 1_000);
  }

  private static double pipeline(Path file) {
    long t0 = System.nanoTime();
    Analysis an = Analysis.of(HistoryReader.read(file).history(), AnalysisOptions.defaults());
    double[] sum = new double[1];
    TaskRunner.run(an.tasks(), 0, ProgressListener.NONE,
        (t, c) -> t.chemistry(c.cheme(ChemeOptions.Method.AUTO)).recommend().loss(),
        (t, loss) -> sum[0] += Double.isNaN(loss) ? 0 : loss);
    return (System.nanoTime() - t0) / 1e9;
  }
}
