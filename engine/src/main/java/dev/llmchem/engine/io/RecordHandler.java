package dev.llmchem.engine.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * FastCSV callback handler that materialises only the kept columns of each record as
 * strings (the large free-text {@code result} cell is never copied unless kept). It is a
 * flyweight: {@link #buildRecord()} returns this same object, valid until the next record.
 * Before {@link #columns(Columns)} is set, records are collected whole (the header).
 */
final class RecordHandler extends AbstractBaseCsvCallbackHandler<RecordHandler> {
  private Columns columns;
  private final String[] cells = new String[Columns.SLOTS];
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
    java.util.Arrays.fill(cells, null);
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
    } else if (fieldIdx < columns.fieldCount) {
      int slot = columns.slotOfField[fieldIdx];
      if (slot >= 0) {
        cells[slot] = new String(buf, offset, len);
      }
    }
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

  String cell(int slot) { return cells[slot]; }

  List<String> raw() { return raw; }
}
