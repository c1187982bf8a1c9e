package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.DataSets;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.io.HistoryReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Heap held by a loaded history, per row: retained heap after full GCs with the history
 * alive, minus the baseline before loading. Not a JMH benchmark (JMH measures time); run as
 * {@code java -Xmx6g -cp benchmarks.jar dev.llmchem.benchmarks.IngestFootprint 10000 ... 10000000}.
 * Prints one line per size: rows, file MB, retained bytes, bytes/row, load seconds. The first
 * size is read once beforehand, so one-time setup is not counted as history.
 */
public final class IngestFootprint {
  private IngestFootprint() { }

  public static void main(String[] args) throws Exception {
    System.out.println("rows\tfile_MB\tretained_bytes\tbytes_per_row\tload_s\tmax_heap_MB");
    HistoryReader.read(DataSets.file(args[0])); // one-time setup (classes, caches) not counted
    for (String a : args) {
      Path file = DataSets.file(a);
      long before = settledHeap();
      long t0 = System.nanoTime();
      History h = HistoryReader.read(file).history();
      double secs = (System.nanoTime() - t0) / 1e9;
      long after = settledHeap();
      long retained = after - before;
      System.out.printf(Locale.ROOT, "%d\t%.1f\t%d\t%.1f\t%.2f\t%d%n", h.rows(),
          Files.size(file) / 1e6, retained, (double) retained / h.rows(), secs,
          Runtime.getRuntime().maxMemory() >> 20);
      h = null;
    }
  }

  /** Heap in use after full GCs settle (the least of four readings), for footprint deltas. */
  public static long settledHeap() throws InterruptedException {
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
      best = Math.min(best, mem.getHeapMemoryUsage().getUsed());
    }
    return best;
  }

}
