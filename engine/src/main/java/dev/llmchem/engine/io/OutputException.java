package dev.llmchem.engine.io;

import java.io.IOException;

/**
 * A write to an {@link OutputTarget} failed: the disk is full, the file cannot be created, the
 * reader of a pipe has gone. The message is one line, {@code cannot write to TARGET: reason}
 * ({@code cannot write to standard output: No space left on device}); it never blames an
 * input. Unchecked on purpose: it must pass through layers that swallow {@link IOException}
 * ({@link java.io.PrintWriter}, {@link java.io.PrintStream}) or that would report it as a
 * read error of the file being copied (a CSV reader's catch around its callback).
 */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String target;
  private final String reason;
  private final boolean brokenPipe;

  /**
   * @param target what was being written, as the user named it ("standard output",
   *     "graded.csv (--out)")
   * @param cause the failure
   */
  public OutputException(String target, IOException cause) {
    super("cannot write to " + target + ": " + reason(cause), cause);
    this.target = target;
    this.reason = reason(cause);
    this.brokenPipe = isBrokenPipe(cause);
  }

  /** What was being written ("standard output", "graded.csv (--out)"). */
  public String target() { return target; }

  /** Why the write failed ("No space left on device", "permission denied"). */
  public String reason() { return reason; }

  /**
   * Whether the reader of a pipe has closed it ({@code chem ... | head -1}): not an error of
   * the run, the reader wanted no more.
   */
  public boolean brokenPipe() { return brokenPipe; }

  /** The reason of an IO failure in a few words, without the path (the caller names it). */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof java.nio.file.FileSystemException) {
      return e.getClass().getSimpleName();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static boolean isBrokenPipe(IOException e) {
    return e.getMessage() != null && e.getMessage().contains("Broken pipe");
  }
}
