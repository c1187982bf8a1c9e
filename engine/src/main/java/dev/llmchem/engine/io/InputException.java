package dev.llmchem.engine.io;

/**
 * A problem with input the user gave (a file, a line, a value). The message is one line:
 * {@code file:line: reason} (line 0 = the file as a whole). The CLI prints it and exits 1.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final long line;
  private final String reason;
  private final boolean skippableRow;

  public InputException(String file, long line, String reason) {
    this(file, line, reason, null);
  }

  public InputException(String file, long line, String reason, Throwable cause) {
    this(file, line, reason, cause, false);
  }

  /**
   * @param skippableRow whether the problem is one row that the lenient ingest mode would
   *     skip and list (the caller may offer that way out)
   */
  public InputException(String file, long line, String reason, Throwable cause,
      boolean skippableRow) {
    super(format(file, line, oneLine(reason)), cause);
    this.file = file;
    this.line = line;
    this.reason = oneLine(reason);
    this.skippableRow = skippableRow;
  }

  /** Line breaks in a reason (echoed cell text) become spaces: the message stays one line. */
  private static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  private static String format(String file, long line, String reason) {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }

  /** The file (as the user named it). */
  public String file() { return file; }

  /** 1-based line number, or 0 when the problem concerns the whole file. */
  public long line() { return line; }

  /** Whether this is one row that the lenient ingest mode would skip and list. */
  public boolean skippableRow() { return skippableRow; }

  /** What is wrong, without the location. */
  public String reason() { return reason; }
}
