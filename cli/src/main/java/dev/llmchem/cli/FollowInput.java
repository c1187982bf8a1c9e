package dev.llmchem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * A file read as it grows ({@code tail -f}): from a byte offset on, a read at the current end
 * runs {@code onPause} (the rows so far are applied), then waits and tries again, until the
 * run control asks to stop (--timeout, Ctrl-C), which reads as the end of input.
 */
final class FollowInput extends InputStream {
  /** How long to wait at the end of the file before looking again. */
  static final long POLL_MILLIS = 100;

  private final RandomAccessFile file;
  private final Runnable onPause;
  private final RunControl control;

  FollowInput(Path path, long offset, Runnable onPause, RunControl control) throws IOException {
    this.file = new RandomAccessFile(path.toFile(), "r");
    this.file.seek(offset);
    this.onPause = onPause;
    this.control = control;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    boolean paused = false;
    while (true) {
      int n = file.read(b, off, len);
      if (n > 0) {
        return n;
      }
      if (!paused) {
        onPause.run();
        paused = true;
      }
      if (control.stopRequested()) {
        return -1;
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
