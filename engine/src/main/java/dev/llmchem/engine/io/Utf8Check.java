package dev.llmchem.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Slow path for a file that is not UTF-8: finds the 1-based line of the first invalid byte
 * sequence, so the error can name it. Line breaks are LF, CRLF or a lone CR, as the CSV
 * parser counts them. Streams the input in 64 KiB chunks; runs only after a decoding failure.
 */
final class Utf8Check {
  private Utf8Check() { }

  /** Where the first invalid sequence is: line and byte offset (line 0 if the file decodes). */
  record Bad(long line, long offset, int firstByte) { }

  static Bad locate(InputStream input) throws IOException {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    long line = 1;
    long consumed = 0;
    boolean afterCr = false;
    try (InputStream in = input) {
      boolean eof = false;
      while (true) {
        if (!eof) {
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
        }
        bytes.flip();
        int before = bytes.position();
        CoderResult r = dec.decode(bytes, chars, eof);
        consumed += bytes.position() - before;
        chars.flip();
        while (chars.hasRemaining()) {
          char c = chars.get();
          if (c == '\n') {
            line += afterCr ? 0 : 1;
          } else if (c == '\r') {
            line++;
          }
          afterCr = c == '\r';
        }
        chars.clear();
        if (r.isError()) {
          return new Bad(line, consumed, bytes.get(bytes.position()) & 0xff);
        }
        bytes.compact();
        if (eof && bytes.position() == 0) {
          return new Bad(0, consumed, -1);
        }
      }
    }
  }
}
