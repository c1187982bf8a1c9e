package dev.llmchem.engine.io;

import java.util.Locale;

/**
 * The syntax of a history: CSV with a header row, or JSON Lines (one object per line, keyed
 * by the same column names). Compression is not a format: gzip is recognised by its first two
 * bytes (0x1f 0x8b) whatever the file is called ({@link Gzip}).
 */
public enum InputFormat {
  /** RFC 4180 CSV with a header row (the default). */
  CSV,
  /** JSON Lines: one JSON object per physical line, keys named as CSV columns. */
  JSON_LINES;

  /**
   * The format a file name says: {@code .jsonl} or {@code .ndjson}, optionally followed by
   * {@code .gz}, is JSON Lines (any case); anything else ({@code .csv}, {@code .csv.gz},
   * {@code .txt}, no extension) is CSV.
   */
  public static InputFormat ofName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") ? JSON_LINES : CSV;
  }

  /**
   * The format named {@code csv}, {@code jsonl} (or {@code ndjson}, {@code json-lines}), any
   * case.
   *
   * @throws IllegalArgumentException naming the accepted names
   */
  public static InputFormat parse(String name) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "csv":
        return CSV;
      case "jsonl":
      case "ndjson":
      case "json-lines":
        return JSON_LINES;
      default:
        throw new IllegalArgumentException("unknown input format '" + name
            + "' (expected csv or jsonl)");
    }
  }
}
