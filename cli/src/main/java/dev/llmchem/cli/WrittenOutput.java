package dev.llmchem.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Standard output that remembers whether anything reached it, so the line of a stopped run says
 * "no output written" or "the output above is incomplete" ({@link RunControl#message}). Public:
 * {@code chem-spark} reports its stopped runs alike.
 */
public final class WrittenOutput extends FilterWriter {
  private volatile boolean any;

  public WrittenOutput(Writer out) {
    super(out);
  }

  /** Whether anything was written. */
  public boolean any() {
    return any;
  }

  @Override
  public void write(int c) throws IOException {
    any = true;
    super.write(c);
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    any |= len > 0;
    super.write(buf, off, len);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    any |= len > 0;
    super.write(str, off, len);
  }
}
