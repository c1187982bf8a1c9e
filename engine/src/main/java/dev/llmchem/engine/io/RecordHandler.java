package dev.llmchem.engine.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * FastCSV callback handler filling a {@link Row} straight from the parser's char buffer: the
 * char-level twin of {@link ByteCsvReader} (the reader of {@link java.io.Reader} input, and the
 * oracle the byte scanner is tested against). Numeric cells are parsed in place
 * ({@link Row#number}); a text cell equal to the same column's previous value reuses that
 * String (trial, task, strategy repeat row after row). The free-text {@code result} is never
 * copied unless kept. Before {@link #columns(Columns)} is set, records are collected whole.
 */
final class RecordHandler extends AbstractBaseCsvCallbackHandler<Row> {
  private final Row row = new Row();
  private final String[] previous = new String[Columns.SLOTS];
  private Columns columns;

  void columns(Columns c) {
    this.columns = c;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    row.begin(startingLineNumber);
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    row.field(fieldIdx, quoted ? lineBreaks(buf, offset, len) : 0);
    if (!quoted && fieldIdx == 0) {
      row.firstBlank(isBlank(buf, offset, len));
    }
    if (columns == null) {
      row.raw(new String(buf, offset, len));
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
      row.number(slot, buf, offset, len);
    } else {
      row.text(slot, text(slot, buf, offset, len));
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
    row.setEmpty();
  }

  @Override
  protected Row buildRecord() {
    return row;
  }

  /** 1-based line where the current record starts. */
  long line() { return row.line(); }
}
