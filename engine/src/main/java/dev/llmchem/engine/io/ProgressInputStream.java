package dev.llmchem.engine.io;

import dev.llmchem.engine.ProgressListener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports bytes read to a {@link ProgressListener} (one call per read, i.e. per buffer). */
final class ProgressInputStream extends FilterInputStream {
  private final ProgressListener progress;

  ProgressInputStream(InputStream in, ProgressListener progress) {
    super(in);
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      progress.advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      progress.advance(n);
    }
    return n;
  }
}
