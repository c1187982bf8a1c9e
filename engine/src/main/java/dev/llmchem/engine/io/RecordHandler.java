package dev.llmchem.engine.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FastCSV callback handler that materialises only what the engine keeps, straight from the
 * parser's buffer: numeric cells are parsed in place (FastDoubleParser: correctly rounded,
 * as {@link Double#parseDouble}; the syntax is {@link Numbers}': decimals only) without a String, and a text cell equal to the same
 * column's previous value reuses that String (trial, task, strategy repeat row after row), so
 * most rows allocate almost nothing. The large free-text {@code result} is never copied
 * unless kept. A flyweight: {@link #buildRecord()} returns this object, valid until the next
 * record. Before {@link #columns(Columns)} is set, records are collected whole (the header).
 */
final class RecordHandler extends AbstractBaseCsvCallbackHandler<RecordHandler> {
  /** Parse state of a numeric cell. */
  static final byte EMPTY = 0;
  static final byte NUMBER = 1;
  static final byte BAD = 2;

  private Columns columns;
  private final String[] cells = new String[Columns.SLOTS];
  private final String[] previous = new String[Columns.SLOTS];
  private final double[] numbers = new double[Columns.SLOTS];
  private final byte[] state = new byte[Columns.SLOTS];
  private final List<String> raw = new ArrayList<>();
  private long line;
  private int fields;
  private int breaks;
  private boolean empty;
  private boolean firstBlank;

  void columns(Columns c) {
    this.columns = c;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = startingLineNumber;
    fields = 0;
    breaks = 0;
    empty = false;
    firstBlank = false;
    Arrays.fill(cells, null);
    Arrays.fill(state, EMPTY);
    raw.clear();
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    fields = fieldIdx + 1;
    if (quoted) {
      breaks += lineBreaks(buf, offset, len);
    } else if (fieldIdx == 0) {
      firstBlank = isBlank(buf, offset, len);
    }
    if (columns == null) {
      raw.add(new String(buf, offset, len));
      return;
    }
    if (fieldIdx >= columns.fieldCount) {
      return;
    }
    int slot = columns.slotOfField[fieldIdx];
    if (slot < 0) {
      return;
    }
    if (Columns.isNumeric(slot)) {
      number(slot, buf, offset, len);
    } else {
      cells[slot] = text(slot, buf, offset, len);
    }
  }

  private void number(int slot, char[] buf, int offset, int len) {
    int from = offset;
    int to = offset + len;
    while (from < to && buf[from] <= ' ') {
      from++;
    }
    while (to > from && buf[to - 1] <= ' ') {
      to--;
    }
    if (from == to) {
      state[slot] = EMPTY;
      cells[slot] = "";
      return;
    }
    if (Numbers.isDecimal(buf, from, to)) {
      numbers[slot] = JavaDoubleParser.parseDouble(buf, from, to - from);
      state[slot] = NUMBER;
      return;
    }
    String t = new String(buf, from, to - from);
    try {
      numbers[slot] = Numbers.special(t);
      state[slot] = NUMBER;
    } catch (NumberFormatException e) {
      state[slot] = BAD;
      cells[slot] = t;
    }
  }

  private String text(int slot, char[] buf, int offset, int len) {
    String prev = previous[slot];
    if (prev != null && prev.length() == len) {
      boolean same = true;
      for (int i = 0; i < len; i++) {
        if (prev.charAt(i) != buf[offset + i]) {
          same = false;
          break;
        }
      }
      if (same) {
        return prev;
      }
    }
    String s = new String(buf, offset, len);
    previous[slot] = s;
    return s;
  }

  private static int lineBreaks(char[] buf, int offset, int len) {
    int n = 0;
    for (int i = offset, end = offset + len; i < end; i++) {
      char c = buf[i];
      if (c == '\n' && (i == offset || buf[i - 1] != '\r') || c == '\r') {
        n++;
      }
    }
    return n;
  }

  private static boolean isBlank(char[] buf, int offset, int len) {
    for (int i = offset, end = offset + len; i < end; i++) {
      if (buf[i] > ' ') {
        return false;
      }
    }
    return true;
  }

  @Override
  protected void handleEmpty() {
    empty = true;
  }

  @Override
  protected RecordHandler buildRecord() {
    return this;
  }

  /** 1-based line where the record starts. */
  long line() { return line; }

  /** 1-based line where the record ends (later than {@link #line()} when a quoted cell holds line breaks). */
  long endLine() { return line + breaks; }

  int fields() { return fields; }

  /** An empty line, or one holding only spaces/tabs (one unquoted blank field). */
  boolean empty() { return empty || fields == 1 && firstBlank; }

  /** A text cell (numeric cells: their trimmed text only when BAD, "" when EMPTY). */
  String cell(int slot) { return cells[slot]; }

  /** Parse state of a numeric cell: {@link #EMPTY}, {@link #NUMBER} or {@link #BAD}. */
  byte state(int slot) { return state[slot]; }

  /** The parsed value of a numeric cell in state {@link #NUMBER}. */
  double number(int slot) { return numbers[slot]; }

  List<String> raw() { return raw; }
}
