package dev.llmchem.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a run. The master is {@code --master}, else the one spark-submit set,
 * else {@code local[2]}. Local runs leave the web UI off and size the shuffles to the cores
 * (Spark's 200 SQL shuffle partitions cost more than they split on a laptop); the console
 * progress bar is off everywhere (it would mix with the ingest report on stderr); Kryo
 * serialises the clustering's vectors unless the configuration names a serializer.
 */
final class Sessions {
  private static final Pattern LOCAL = Pattern.compile("local\\[(\\d+|\\*)(,\\d+)?]|local");

  /** A session the caller owns (tests keep one per class): runs use it and leave it open. */
  static volatile SparkSession shared;

  private Sessions() { }

  /**
   * Silences Spark's logging for the rest of the process: a run stopped by --timeout or Ctrl-C
   * ends with its one line, not with Spark's complaints about the tasks and the context it
   * loses on the way out.
   */
  static void silence() {
    Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.OFF);
  }

  /** Ends a session {@link #start} created (not the shared one). */
  static void stop(SparkSession spark) {
    if (spark != shared) {
      spark.stop();
    }
  }

  static SparkSession start(String master, int partitions) {
    SparkSession s = shared;
    if (s != null) {
      return s;
    }
    SparkConf conf = new SparkConf(); // spark.* system properties (spark-submit's settings)
    String m = master != null ? master : conf.get("spark.master", "local[2]");
    SparkSession.Builder b = SparkSession.builder().appName("chem-spark").master(m)
        .config("spark.ui.showConsoleProgress", "false");
    if (!conf.contains("spark.serializer")) {
      b.config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    }
    Matcher local = LOCAL.matcher(m);
    if (local.matches()) {
      b.config("spark.ui.enabled", "false");
      int cores = local.group(1) == null ? 1 : local.group(1).equals("*")
          ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(local.group(1));
      if (partitions == 0 && !conf.contains("spark.sql.shuffle.partitions")) {
        b.config("spark.sql.shuffle.partitions", String.valueOf(4 * cores));
      }
    }
    if (partitions > 0) {
      b.config("spark.sql.shuffle.partitions", String.valueOf(partitions));
      b.config("spark.default.parallelism", String.valueOf(partitions));
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
