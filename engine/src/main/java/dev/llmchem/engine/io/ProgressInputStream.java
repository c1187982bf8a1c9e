package dev.llmchem.engine.io;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reports bytes read to a {@link ProgressListener} (one call per read, i.e. per buffer) and
 * stops the read with {@link CancelledException} once the listener says
 * {@link ProgressListener#cancelled()} (polled per buffer of 64 KiB or so).
 */
final class ProgressInputStream extends FilterInputStream {
  private final ProgressListener progress;
  private final String what;
  private final long size;
  private long read;

  /**
   * @param what the work named when cancelled ("reading FILE")
   * @param size the file size in bytes (for the share done)
   */
  ProgressInputStream(InputStream in, ProgressListener progress, String what, long size) {
    super(in);
    this.progress = progress;
    this.what = what;
    this.size = size;
  }

  /** Share of the file read so far (NaN when its size is unknown). */
  double fractionRead() {
    return size > 0 ? (double) read / size : Double.NaN;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      read++;
      progress.advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (progress.cancelled()) {
      throw new CancelledException(what, size > 0 ? (double) read / size : Double.NaN);
    }
    int n = super.read(b, off, len);
    if (n > 0) {
      read += n;
      progress.advance(n);
    }
    return n;
  }
}
