package dev.llmchem.engine.io;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Transparent gzip: an input whose first two bytes are the gzip magic (0x1f 0x8b) is
 * decompressed, whatever its name; any other input passes through unchanged (two bytes pushed
 * back, no extra buffer or copy on the CSV path). Damaged or truncated compressed data fails
 * the read in one line naming the file ({@link InputException}, never a stack trace).
 * Concatenated gzip members (as {@code cat a.gz b.gz} makes) read as one stream.
 */
final class Gzip {
  /** Inflater input buffer (compressed bytes per read of the underlying stream). */
  static final int BUFFER = 1 << 16;

  private Gzip() { }

  /** Whether {@code head} starts with the gzip magic bytes. */
  static boolean isGzip(byte[] head, int len) {
    return len >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /**
   * {@code in}, decompressed when it starts with the gzip magic. Closing the result closes
   * {@code in}.
   */
  static InputStream open(String label, InputStream in) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, 2);
    byte[] head = p.readNBytes(2);
    p.unread(head);
    if (!isGzip(head, head.length)) {
      return p;
    }
    try {
      return new Decompressed(label, new GZIPInputStream(p, BUFFER));
    } catch (ZipException | EOFException e) {
      throw damaged(label, e);
    }
  }

  /** Whether {@code s} came from {@link #open} decompressing (its size is then unknown). */
  static boolean decompresses(InputStream s) {
    return s instanceof Decompressed;
  }

  private static InputException damaged(String label, IOException e) {
    if (e instanceof EOFException) {
      return new InputException(label, 0, "is truncated gzip data: the compressed stream"
          + " ends early (was the copy cut short?)", e);
    }
    return new InputException(label, 0, "is damaged gzip data ("
        + (e.getMessage() == null ? "corrupt stream" : e.getMessage()) + ")", e);
  }

  /** A gzip stream whose format errors are one-line {@link InputException}s. */
  private static final class Decompressed extends FilterInputStream {
    private final String label;

    Decompressed(String label, GZIPInputStream in) {
      super(in);
      this.label = label;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (ZipException | EOFException e) {
        throw damaged(label, e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (ZipException | EOFException e) {
        throw damaged(label, e);
      }
    }
  }
}
