package dev.llmchem.engine.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One record (a CSV record or a JSON Lines object) as the validator sees it: its starting line, field count, line breaks inside
 * quoted cells, and the kept cells (text as Strings, numbers parsed). Both parsers fill it
 * (the byte scanner {@link ByteCsvReader} and its FastCSV twin {@link RecordHandler}); numbers
 * go through {@link #number(int, char[], int, int)} in both, so they are parsed alike. A
 * flyweight: valid until the parser's next record. Before {@link Columns} are known, every
 * field is collected as text ({@link #raw()}, the header).
 */
final class Row {
  /** Parse state of a numeric cell. */
  static final byte EMPTY = 0;
  static final byte NUMBER = 1;
  static final byte BAD = 2;

  private final String[] cells = new String[Columns.SLOTS];
  private final double[] numbers = new double[Columns.SLOTS];
  private final byte[] state = new byte[Columns.SLOTS];
  private final List<String> raw = new ArrayList<>();
  private long line;
  private int fields;
  private int breaks;
  private boolean empty;
  private boolean firstBlank;
  /** Keyed records (JSON Lines): bit s set when the record names slot s's column. */
  private int present;
  /** Why a keyed record cannot be read (not JSON, not an object), or null. */
  private String problem;

  /** Starts a record at 1-based line {@code startLine}. */
  void begin(long startLine) {
    line = startLine;
    fields = 0;
    breaks = 0;
    empty = false;
    firstBlank = false;
    present = 0;
    problem = null;
    Arrays.fill(cells, null);
    Arrays.fill(state, EMPTY);
    raw.clear();
  }

  /** The record is an empty line (no field at all). */
  void setEmpty() {
    empty = true;
  }

  /** Field {@code index} (0-based) was seen; {@code breaks} line breaks inside it if quoted. */
  void field(int index, int lineBreaks) {
    fields = index + 1;
    breaks += lineBreaks;
  }

  /** The first field is unquoted and only spaces/control characters. */
  void firstBlank(boolean blank) {
    firstBlank = blank;
  }

  /** A keyed record names the column of {@code slot} (possibly with a null value). */
  void present(int slot) {
    present |= 1 << slot;
  }

  /** Whether a keyed record names the column of {@code slot}. */
  boolean has(int slot) {
    return (present & 1 << slot) != 0;
  }

  /** A keyed record that cannot be read at all: rejected with {@code reason}. */
  void problem(String reason) {
    problem = reason;
  }

  /** Why the record cannot be read (JSON Lines syntax), or null. */
  String problem() {
    return problem;
  }

  /** A header field (before columns are known). */
  void raw(String s) {
    raw.add(s);
  }

  void text(int slot, String s) {
    cells[slot] = s;
  }

  /** Numeric cell {@code slot} holds the number {@code v}. */
  void number(int slot, double v) {
    numbers[slot] = v;
    state[slot] = NUMBER;
  }

  /**
   * Parses numeric cell {@code slot} from {@code buf[offset, offset + len)}: surrounding
   * characters up to space are trimmed; decimals ({@link Numbers#isDecimal}) are parsed in
   * place with FastDoubleParser, NaN/infinity names by {@link Numbers#special}; anything else
   * is {@link #BAD} and keeps its trimmed text.
   */
  void number(int slot, char[] buf, int offset, int len) {
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
