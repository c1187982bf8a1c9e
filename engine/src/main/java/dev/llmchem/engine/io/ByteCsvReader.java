package dev.llmchem.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Byte-level CSV scanner with FastCSV's grammar (see {@link FastCsvRecords}, its twin): finds
 * field and record boundaries in the raw UTF-8 bytes, eight bytes per step
 * ({@link ByteScan}), and decodes only the cells the engine keeps ({@link ByteCells}); the
 * large quoted {@code result} cells are skipped over, not decoded. Input is read in chunks of
 * {@value #CHUNK} bytes (the buffer grows only for a longer cell; larger chunks measured no
 * faster, and a cancelled read stops within one chunk), and each chunk is checked to be
 * UTF-8 ({@link Utf8}) before it is parsed: an encoding error within the first chunk is
 * reported before any CSV error, as the char path's read-ahead decoder does.
 *
 * <p>Grammar (RFC 4180 as FastCSV reads it): LF, CR and CRLF end a record (a CRLF's LF is
 * skipped at the start of the next record); a record starting with a line end is empty; a
 * field starting with {@code "} is quoted (a doubled quote is a literal quote, line breaks
 * are data and counted for line numbers); after the closing quote only a comma, a line end
 * or the end of input may follow; a quote elsewhere is literal. A cell longer than
 * {@link CsvErrors#MAX_CELL} characters fails (FastCSV fails from 16 Mi - 8 Ki up, where
 * exactly depending on its reads).
 */
final class ByteCsvReader implements Records {
  /** Bytes read per chunk. */
  static final int CHUNK = 1 << 15;

  private final String label;
  private final InputStream in;
  private final Row row = new Row();
  private final ByteCells cells = new ByteCells(row);
  private byte[] buf;
  /** Data is buf[0, len); parsing resumes at pos; buf[0, checked) is known to be UTF-8. */
  private int len;
  private int pos;
  private int checked;
  private boolean eof;
  /** Read what has arrived instead of whole chunks (a live stream; see {@link #streaming()}). */
  private boolean streaming;
  private boolean started;
  private boolean afterCr;
  private long nextLine = 1;
  /** Start of the field being scanned. */
  private int start;
  /** The last quoted field held a doubled quote; its line breaks. */
  private boolean escaped;
  private int quotedBreaks;

  /** {@code size}: the input's length if known (a smaller input gets a smaller buffer), else -1. */
  ByteCsvReader(String label, InputStream in, long size) {
    this(label, in, size >= 0 && size < CHUNK ? (int) size + 1 : CHUNK);
  }

  /** With a first buffer of {@code chunk} bytes (tests use tiny ones to hit every refill). */
  ByteCsvReader(String label, InputStream in, int chunk) {
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk " + chunk);
    }
    this.label = label;
    this.in = in;
    this.buf = new byte[chunk];
  }

  /**
   * Reads the input as a live stream: a record is returned as soon as its line end has
   * arrived, instead of after a whole chunk (the end of input is a read returning -1).
   */
  ByteCsvReader streaming() {
    streaming = true;
    return this;
  }

  @Override
  public void columns(Columns c) {
    cells.columns(c);
  }

  @Override
  public Row next() throws IOException {
    int p = pos;
    if (!started) {
      started = true;
      while (len < 3 && !eof) {
        more(0);
      }
      if (len >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
        p = 3;
      }
    }
    if (afterCr) {
      afterCr = false;
      while (p == len && !eof) {
        p -= more(p);
      }
      if (p < len && buf[p] == '\n') {
        p++;
      }
    }
    while (p == len && !eof) {
      p -= more(p);
    }
    if (p == len) {
      pos = p;
      return null;
    }
    row.begin(nextLine);
    if (buf[p] == '\r' || buf[p] == '\n') {
      row.setEmpty();
      pos = endRecord(p);
      return row;
    }
    for (int field = 0; ; field++) {
      start = p;
      while (start == len && !eof) {
        start -= more(start);
      }
      int end;
      if (start < len && buf[start] == '"') {
        int close = closingQuote();
        cellLimit(close + 1);
        cells.field(field, buf, start + 1, close, true, escaped, quotedBreaks);
        end = close + 1;
        while (end == len && !eof) {
          end -= more(end);
        }
        if (end < len && buf[end] != ',' && buf[end] != '\r' && buf[end] != '\n') {
          throw new InputException(label, row.line(), CsvErrors.afterQuote(charAt(end), row.line()));
        }
      } else {
        end = delimiter();
        cellLimit(end);
        cells.field(field, buf, start, end, false, false, 0);
      }
      if (end == len) {
        pos = end;
        return row;
      }
      if (buf[end] != ',') {
        pos = endRecord(end);
        return row;
      }
      p = end + 1;
    }
  }

  /**
   * Index of the quote closing the quoted field at {@link #start}, reading more as needed
   * ({@link #start} follows the bytes when they move); sets {@link #escaped} and
   * {@link #quotedBreaks} (found in the same pass).
   */
  private int closingQuote() throws IOException {
    escaped = false;
    quotedBreaks = 0;
    int i = start + 1;
    while (true) {
      long found = ByteScan.quote(buf, i, len, buf[i - 1] == '\r');
      quotedBreaks += (int) (found >>> 32);
      int q = (int) found;
      if (q + 1 < len) {
        if (buf[q + 1] != '"') {
          return q;
        }
        escaped = true;
        i = q + 2;
        continue;
      }
      if (eof) {
        if (q == len) {
          cellLimit(len);
          throw new InputException(label, row.line(), CsvErrors.UNTERMINATED);
        }
        return q;
      }
      i = q - moreForCell();
    }
  }

  /**
   * Index of the comma or line end ending the unquoted field at {@link #start}, or len at the
   * end of input; reads more as needed ({@link #start} follows the bytes when they move).
   */
  private int delimiter() throws IOException {
    int i = start;
    while (true) {
      int d = ByteScan.indexOfDelimiter(buf, i, len);
      if (d >= 0) {
        return d;
      }
      if (eof) {
        return len;
      }
      i = len - moreForCell();
    }
  }

  /**
   * Reads more bytes while the cell at {@link #start} is still open, after checking its length
   * so far; {@link #start} follows the bytes; returns how far they moved (see {@link #more}).
   */
  private int moreForCell() throws IOException {
    cellLimit(len);
    int s = more(start);
    start -= s;
    return s;
  }

  /** Ends the record at the line end at {@code t}; returns where the next record starts. */
  private int endRecord(int t) {
    afterCr = buf[t] == '\r';
    nextLine = row.endLine() + 1;
    return t + 1;
  }

  /** Fails when the cell buf[start, end) is longer than {@link CsvErrors#MAX_CELL} characters. */
  private void cellLimit(int end) {
    if (end - start > CsvErrors.MAX_CELL && chars(start, end) > CsvErrors.MAX_CELL) {
      throw new InputException(label, row.line(), CsvErrors.TOO_LONG);
    }
  }

  /** UTF-16 length of buf[from, to): every non-continuation byte, plus one per 4-byte lead. */
  private long chars(int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      int b = buf[i] & 0xff;
      n += ((b & 0xC0) != 0x80 ? 1 : 0) + (b >= 0xF0 ? 1 : 0);
    }
    return n;
  }

  /** The (first UTF-16) character encoded at buf[i]. */
  private char charAt(int i) throws IOException {
    while (checked <= i) {
      i -= more(i);
    }
    int lead = buf[i] & 0xff;
    int n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return new String(buf, i, n, StandardCharsets.UTF_8).charAt(0);
  }

  /**
   * Drops buf[0, keep), fills the free part of the buffer (doubling it first when the
   * kept bytes fill more than half) and checks it is UTF-8; sets {@link #eof} when the input is exhausted.
   *
   * @return {@code keep}, the amount every index into the buffer moved down by
   */
  private int more(int keep) throws IOException {
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, len - keep);
      len -= keep;
      checked -= keep;
    }
    if (len > buf.length / 2) {
      if (buf.length > Integer.MAX_VALUE / 4) {
        throw new InputException(label, row.line(), CsvErrors.TOO_LONG);
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int want = buf.length - len;
    int n;
    if (streaming) { // a live stream: take what has arrived, block only for the first byte
      n = in.read(buf, len, want);
      eof = n < 0;
      n = Math.max(n, 0);
    } else {
      n = in.readNBytes(buf, len, want);
      eof = n < want;
    }
    len += n;
    int c = Utf8.check(buf, checked, len, eof);
    if (c < 0) {
      throw new MalformedInputException(1);
    }
    checked = c;
    return keep;
  }
}
