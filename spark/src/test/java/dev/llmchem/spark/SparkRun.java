package dev.llmchem.spark;

import dev.llmchem.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.spark.sql.SparkSession;

/**
 * Runs {@code chem-spark} and {@code chem} in-process for tests: one local[2] session for the
 * whole test JVM ({@link #session}: a Spark start costs seconds), handed to every chem-spark
 * run; Spark stops it when the JVM exits.
 */
final class SparkRun {
  /** A run's exit code and streams. */
  record Result(int code, String out, String err) { }

  private static SparkSession session;

  private SparkRun() { }

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().appName("chem-spark tests").master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "2")
          .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
          .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
      Sessions.shared = session;
    }
    return session;
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
