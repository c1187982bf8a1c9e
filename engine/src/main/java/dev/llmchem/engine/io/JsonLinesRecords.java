package dev.llmchem.engine.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON Lines records: one JSON object per physical line, keyed by the CSV column names
 * ({@link Columns#slotOf}: trimmed, case-insensitive, {@code gen_accuracy}, the task column;
 * unknown keys skipped with their values). The input is split into lines on the raw bytes (LF,
 * CRLF and a lone CR, as in CSV: a JSON string cannot hold a raw line break, so the split
 * never falls inside a value), each chunk checked to be UTF-8 as it is read, and each
 * non-blank line parsed on its own by a Jackson streaming parser, so a bad line is one
 * rejected record and the next line parses afresh.
 *
 * <p>Values: a string is the cell's text; a number is its JSON text (trial {@code 3} is
 * {@code "3"}; quality {@code 0.5} and {@code "0.5"} are parsed alike by {@link Row#number});
 * {@code true}/{@code false} are their text; {@code null} is an empty cell; {@code NaN} and
 * {@code Infinity} (as Python writes them) read as the CSV cells {@code NaN}/{@code Infinity}.
 * A line that is not valid JSON, not one object, names a kept column twice or holds an array
 * or object in a kept column is a record carrying a {@linkplain Row#problem problem}.
 */
final class JsonLinesRecords implements Records {
  /** Bytes read per chunk (the buffer grows for a longer line). */
  static final int CHUNK = 1 << 16;
  /** Longest line accepted, in bytes. */
  static final int MAX_LINE = 1 << 26;

  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private static final char[] NO_CHARS = {};
  /** Where Jackson's messages stop saying something about the line. */
  private static final String[] NOISE = {": was expecting (JSON String", " (start marker at",
      " at [Source:"};

  private final String label;
  private final InputStream in;
  private final Row row = new Row();
  private final Map<String, Integer> slots = new HashMap<>();
  private Columns columns;
  private byte[] buf;
  /** Data is buf[0, len); the next line starts at pos; buf[0, checked) is known to be UTF-8. */
  private int len;
  private int pos;
  private int checked;
  private boolean eof;
  /** Read what has arrived instead of whole chunks (a live stream; see {@link #streaming()}). */
  private boolean streaming;
  private boolean started;
  private boolean afterCr;
  private long nextLine = 1;

  JsonLinesRecords(String label, InputStream in) {
    this(label, in, CHUNK);
  }

  /** With a first buffer of {@code chunk} bytes (tests use tiny ones to hit every refill). */
  JsonLinesRecords(String label, InputStream in, int chunk) {
    this.label = label;
    this.in = in;
    this.buf = new byte[Math.max(chunk, 4)];
  }

  @Override
  public boolean keyed() {
    return true;
  }

  /**
   * Reads the input as a live stream: a record is returned as soon as its line end has
   * arrived, instead of after a whole chunk (the end of input is a read returning -1).
   */
  JsonLinesRecords streaming() {
    streaming = true;
    return this;
  }

  @Override
  public void columns(Columns c) {
    columns = c;
  }

  @Override
  public Row next() throws IOException {
    if (!started) {
      started = true;
      while (len < 3 && !eof) {
        more();
      }
      if (len >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
        pos = 3;
      }
    }
    if (afterCr) {
      afterCr = false;
      if (pos == len && !eof) {
        more();
      }
      if (pos < len && buf[pos] == '\n') {
        pos++;
      }
    }
    int end = pos;
    while (true) {
      while (end < len && buf[end] != '\n' && buf[end] != '\r') {
        end++;
      }
      if (end < len || eof) {
        break;
      }
      if (end - pos > MAX_LINE) {
        throw new InputException(label, nextLine, "line longer than " + (MAX_LINE >> 20)
            + " MiB (is the file JSON Lines, one object per line?)");
      }
      end -= more();
    }
    if (end == pos && end == len) {
      return null;
    }
    row.begin(nextLine++);
    parse(pos, end);
    if (end < len) {
      afterCr = buf[end] == '\r';
      end++;
    }
    pos = end;
    return row;
  }

  /** Fills the row from the line buf[from, to). */
  private void parse(int from, int to) throws IOException {
    int i = from;
    while (i < to && (buf[i] & 0xff) <= ' ') {
      i++;
    }
    if (i == to) {
      row.setEmpty();
      return;
    }
    row.field(0, 0);
    try (JsonParser p = JSON.createParser(buf, from, to - from)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        row.problem("not a JSON object (JSON Lines: one {...} object per line; this line"
            + " holds " + kind(t) + ")");
        return;
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int slot = slot(key);
        t = p.nextToken();
        if (slot < 0) {
          p.skipChildren();
          continue;
        }
        if (row.has(slot)) {
          row.problem("the object names column '" + columns.name(slot) + "' twice");
          return;
        }
        row.present(slot);
        if (!value(p, t, slot)) {
          row.problem("'" + key.trim() + "' holds " + kind(t) + ", not a text or a number");
          return;
        }
      }
      if (p.nextToken() != null) {
        row.problem("more than one JSON value on the line (JSON Lines: one object per line)");
      }
    } catch (JsonProcessingException e) {
      String m = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
      int cut = m.indexOf('\n');
      m = cut >= 0 ? m.substring(0, cut) : m;
      for (String noise : NOISE) { // a list of every JSON value kind; a redacted location
        cut = m.indexOf(noise);
        m = cut >= 0 ? m.substring(0, cut) : m;
      }
      row.problem("not valid JSON at column " + e.getLocation().getColumnNr() + ": "
          + (m.length() > 120 ? m.substring(0, 117) + "..." : m));
    }
  }

  /** Puts the value token {@code t} into {@code slot}; false for an array or object. */
  private boolean value(JsonParser p, JsonToken t, int slot) throws IOException {
    switch (t) {
      case VALUE_NULL: // an empty cell, exactly as CSV's
        if (Columns.isNumeric(slot)) {
          row.number(slot, NO_CHARS, 0, 0);
        } else {
          row.text(slot, "");
        }
        return true;
      case START_ARRAY:
      case START_OBJECT:
        return false;
      default:
        break;
    }
    if (Columns.isNumeric(slot)) {
      row.number(slot, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } else {
      row.text(slot, p.getText());
    }
    return true;
  }

  private int slot(String key) {
    Integer s = slots.get(key);
    if (s == null) {
      s = columns.slotOf(key);
      if (slots.size() < 1024) {
        slots.put(key, s);
      }
    }
    return s;
  }

  private static String kind(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case START_ARRAY: return "an array";
      case START_OBJECT: return "an object";
      case VALUE_STRING: return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE: return "a boolean";
      case VALUE_NULL: return "null";
      default: return t.toString();
    }
  }

  /**
   * Drops buf[0, pos), reads more (doubling the buffer when the kept bytes fill more than
   * half) and checks the new bytes are UTF-8; sets {@link #eof}.
   *
   * @return the amount indices into the buffer moved down by (the old {@link #pos})
   */
  private int more() throws IOException {
    int keep = pos;
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, len - keep);
      len -= keep;
      checked -= keep;
      pos = 0;
    }
    if (len > buf.length / 2) {
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
