package dev.llmchem.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input that says when it is about to wait: before a read that would block (nothing
 * available), it runs {@code onPause} ({@code chem watch} applies the rows received so far),
 * so a batch ends when the input pauses, not only when it is full.
 */
final class PausingInput extends FilterInputStream {
  private final Runnable onPause;

  PausingInput(InputStream in, Runnable onPause) {
    super(in);
    this.onPause = onPause;
  }

  @Override
  public int read() throws IOException {
    pauseIfIdle();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    pauseIfIdle();
    return super.read(b, off, len);
  }

  private void pauseIfIdle() throws IOException {
    if (in.available() == 0) {
      onPause.run();
    }
  }
}
