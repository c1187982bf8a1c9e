package dev.llmchem.spark;

import dev.llmchem.engine.io.IngestReport;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows an ingest produces, one Spark schema for both kinds: a history row (kind
 * {@link #ROW}: the validated cells the analysis uses) or an ingest problem (kind
 * {@link #ISSUE}: where, how bad, why), so one pass over a file yields both. {@code ord}
 * orders everything as the files are read: file index (files sorted by path) in the high
 * bits, the 1-based line (CSV, JSON Lines) or row (Parquet) in the low {@value #LINE_BITS}.
 */
final class IngestRows {
  static final byte ROW = 0;
  static final byte ISSUE = 1;
  static final int LINE_BITS = 40;
  static final long LINE_MASK = (1L << LINE_BITS) - 1;

  static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("kind", DataTypes.ByteType, false),
      DataTypes.createStructField("ord", DataTypes.LongType, false),
      DataTypes.createStructField("trial", DataTypes.StringType, true),
      DataTypes.createStructField("model", DataTypes.StringType, true),
      DataTypes.createStructField("task", DataTypes.StringType, true),
      DataTypes.createStructField("quality", DataTypes.DoubleType, false),
      DataTypes.createStructField("accuracy", DataTypes.DoubleType, false),
      DataTypes.createStructField("strategy", DataTypes.ByteType, false),
      DataTypes.createStructField("label", DataTypes.StringType, true),
      DataTypes.createStructField("severity", DataTypes.StringType, true),
      DataTypes.createStructField("reason", DataTypes.StringType, true)});

  private IngestRows() { }

  /** The order key of line (or row) {@code line} of file {@code file}. */
  static long ord(int file, long line) {
    if (line > LINE_MASK) {
      throw new IllegalArgumentException("line " + line + " exceeds 2^40");
    }
    return (long) file << LINE_BITS | line;
  }

  /** A used history row. */
  static Row row(long ord, String trial, String model, String task, double quality,
      double accuracy, byte strategy) {
    return RowFactory.create(ROW, ord, trial, model, task, quality, accuracy, strategy, null,
        null, null);
  }

  /** A problem found at {@code ord} in the file named {@code label}. */
  static Row issue(long ord, String label, IngestReport.Issue i) {
    return RowFactory.create(ISSUE, ord, null, null, null, 0.0, 0.0, (byte) 0, label,
        i.severity().name(), i.reason());
  }
}
