package dev.llmchem.spark;

import dev.llmchem.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.spark.sql.SparkSession;

/**
 * Runs {@code chem-spark} and {@code chem} in-process for tests: one local[2] session per
 * test class ({@link #start}/{@link #stop}), handed to every chem-spark run.
 */
final class SparkRun {
  /** A run's exit code and streams. */
  record Result(int code, String out, String err) { }

  private SparkRun() { }

  static SparkSession start() {
    SparkSession s = SparkSession.builder().appName("chem-spark tests").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "2")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .getOrCreate();
    s.sparkContext().setLogLevel("ERROR");
    Sessions.shared = s;
    return s;
  }

  static void stop(SparkSession s) {
    Sessions.shared = null;
    s.stop();
  }

  static Result chemSpark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  static Result chem(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}
