package dev.llmchem.engine.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FastCSV callback handler that materialises only what the engine keeps, straight from the
 * parser's buffer: numeric cells are parsed in place (FastDoubleParser: correctly rounded,
 * {@link Double#parseDouble} syntax) without a String, and a text cell equal to the same
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
  private boolean empty;

  void columns(Columns c) {
    this.columns = c;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = startingLineNumber;
    fields = 0;
    empty = false;
    Arrays.fill(cells, null);
    Arrays.fill(state, EMPTY);
    raw.clear();
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    fields = fieldIdx + 1;
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
    try {
      numbers[slot] = JavaDoubleParser.parseDouble(buf, from, to - from);
      state[slot] = NUMBER;
    } catch (NumberFormatException e) {
      state[slot] = BAD;
      cells[slot] = new String(buf, from, to - from);
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

  @Override
  protected void handleEmpty() {
    empty = true;
  }

  @Override
  protected RecordHandler buildRecord() {
    return this;
  }

  long line() { return line; }

  int fields() { return fields; }

  boolean empty() { return empty; }

  /** A text cell (numeric cells: their trimmed text only when BAD, "" when EMPTY). */
  String cell(int slot) { return cells[slot]; }

  /** Parse state of a numeric cell: {@link #EMPTY}, {@link #NUMBER} or {@link #BAD}. */
  byte state(int slot) { return state[slot]; }

  /** The parsed value of a numeric cell in state {@link #NUMBER}. */
  double number(int slot) { return numbers[slot]; }

  List<String> raw() { return raw; }
}
