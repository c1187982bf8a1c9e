package dev.llmchem.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Per Spark stage of a run ({@code --timings}): tasks, the sum and the largest of their run
 * times, records read, shuffle bytes written and read. The sum is the work that more executors
 * share; the largest task is the stage's floor however many there are.
 */
final class StageMetrics extends SparkListener {
  private final Map<Integer, long[]> stages = new TreeMap<>();
  private final Map<Integer, String> names = new TreeMap<>();
  private volatile long lastEvent = System.nanoTime();

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd e) {
    lastEvent = System.nanoTime();
    TaskMetrics m = e.taskMetrics();
    if (m == null) {
      return;
    }
    long[] s = stages.computeIfAbsent(e.stageId(), k -> new long[6]);
    s[0]++;
    s[1] += m.executorRunTime();
    s[2] = Math.max(s[2], m.executorRunTime());
    s[3] += m.inputMetrics().recordsRead() + m.shuffleReadMetrics().recordsRead();
    s[4] += m.shuffleWriteMetrics().bytesWritten();
    s[5] += m.shuffleReadMetrics().totalBytesRead();
  }

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted e) {
    String name = e.stageInfo().name();
    names.put(e.stageInfo().stageId(), name.length() > 60 ? name.substring(0, 57) + "..."
        : name);
  }

  /** Waits (up to 3 s) until the listener bus has been quiet for 0.3 s: events come late. */
  void settle() throws InterruptedException {
    long end = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() - lastEvent < 300_000_000L && System.nanoTime() < end) {
      Thread.sleep(50);
    }
  }

  synchronized void print(PrintWriter err) {
    err.println("  stage  tasks   sum task s   max task s   records in   shuffle MB w/r  name");
    long sum = 0;
    for (Map.Entry<Integer, long[]> e : stages.entrySet()) {
      long[] s = e.getValue();
      sum += s[1];
      err.printf(Locale.ROOT, "  %5d %6d %12.3f %12.3f %12d %8.1f/%-8.1f %s%n", e.getKey(), s[0],
          s[1] / 1e3, s[2] / 1e3, s[3], s[4] / 1e6, s[5] / 1e6,
          names.getOrDefault(e.getKey(), ""));
    }
    err.printf(Locale.ROOT, "  task time over all stages: %.3f s%n", sum / 1e3);
  }
}
