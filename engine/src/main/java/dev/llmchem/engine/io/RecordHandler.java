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
  private boolean empty;

  void columns(Columns c) {
    this.columns = c;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = startingLineNumber;
    fields = 0;
    empty = false;
    java.util.Arrays.fill(cells, null);
    raw.clear();
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    fields = fieldIdx + 1;
    if (columns == null) {
      raw.add(new String(buf, offset, len));
    } else if (fieldIdx < columns.fieldCount) {
      int slot = columns.slotOfField[fieldIdx];
      if (slot >= 0) {
        cells[slot] = new String(buf, offset, len);
      }
    }
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

  String cell(int slot) { return cells[slot]; }

  List<String> raw() { return raw; }
}
