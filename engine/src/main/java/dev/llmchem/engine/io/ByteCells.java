package dev.llmchem.engine.io;

import java.nio.charset.StandardCharsets;

/**
 * Turns the byte scanner's fields into a {@link Row}: only kept columns are decoded; text
 * cells through a {@link TextCache}, so names seen before allocate nothing; numeric cells are
 * parsed from the bytes by {@link FastDecimal} when they are simple decimals, else go to
 * {@link Row#number} as chars (copied byte for char when ASCII, decoded otherwise), the code
 * the FastCSV twin uses for every number. Before {@link #columns} are set every field is
 * decoded (the header).
 */
final class ByteCells {
  private final Row row;
  private Columns columns;
  private final TextCache text = new TextCache();
  private byte[] unescaped = new byte[256];
  private int unescapedLen;
  private char[] chars = new char[64];

  ByteCells(Row row) {
    this.row = row;
  }

  void columns(Columns c) {
    this.columns = c;
  }

  /**
   * Field {@code index} of the current record is {@code b[from, to)} (inside the quotes when
   * {@code quoted}; {@code escaped}: it holds doubled quotes), with {@code breaks} line
   * breaks.
   */
  void field(int index, byte[] b, int from, int to, boolean quoted, boolean escaped, int breaks) {
    row.field(index, breaks);
    if (!quoted && index == 0) {
      row.firstBlank(isBlank(b, from, to));
    }
    if (columns != null && (index >= columns.fieldCount || columns.slotOfField[index] < 0)) {
      return;
    }
    byte[] v = b;
    int f = from;
    int t = to;
    if (escaped) {
      v = unescape(b, from, to);
      f = 0;
      t = unescapedLen;
    }
    if (columns == null) {
      row.raw(new String(v, f, t - f, StandardCharsets.UTF_8));
      return;
    }
    int slot = columns.slotOfField[index];
    if (Columns.isNumeric(slot)) {
      number(slot, v, f, t);
    } else {
      row.text(slot, text.decode(slot, v, f, t));
    }
  }

  private void number(int slot, byte[] b, int from, int to) {
    double v = FastDecimal.parse(b, from, to);
    if (v == v) {
      row.number(slot, v);
      return;
    }
    int n = to - from;
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    int high = 0;
    for (int i = 0; i < n; i++) {
      byte x = b[from + i];
      high |= x;
      chars[i] = (char) x;
    }
    if (high >= 0) {
      row.number(slot, chars, 0, n);
    } else {
      char[] c = new String(b, from, n, StandardCharsets.UTF_8).toCharArray();
      row.number(slot, c, 0, c.length);
    }
  }

  /** b[from, to) with each doubled quote made single, in a scratch buffer. */
  private byte[] unescape(byte[] b, int from, int to) {
    if (unescaped.length < to - from) {
      unescaped = new byte[Math.max(to - from, 2 * unescaped.length)];
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      unescaped[n++] = c;
      if (c == '"') {
        i++;
      }
    }
    unescapedLen = n;
    return unescaped;
  }

  /** Only bytes up to space (the char parser's test: no non-ASCII character is blank). */
  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if ((b[i] & 0xff) > ' ') {
        return false;
      }
    }
    return true;
  }
}
