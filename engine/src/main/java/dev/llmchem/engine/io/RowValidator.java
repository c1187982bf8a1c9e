package dev.llmchem.engine.io;

import dev.llmchem.engine.history.RowSink;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.io.IngestReport.Issue;
import dev.llmchem.engine.io.IngestReport.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one record against SPEC section 1 and appends it to the history when usable.
 * Rejected: wrong column count (CSV), a line that is not one JSON object (JSON Lines), a
 * missing required field, quality/accuracy not a number, NaN, or outside [0,10] / [0,1]. Warned (row used): unknown or missing strategy (including
 * the shifted-column rows of runs.csv), an unparsable optional number (stored as NaN).
 */
final class RowValidator {
  private static final int[] OPTIONAL_NUMBERS = {Columns.GEN_ACCURACY, Columns.VARIANCE,
      Columns.REVIEW_ACCURACY, Columns.LATENCY, Columns.TEMPERATURE};

  private final String file;
  private final Columns cols;
  private final IngestOptions options;
  private final RowSink out;
  /** Told of every problem as it is found (a live stream reports per batch), or null. */
  private java.util.function.Consumer<Issue> onIssue;
  /** The next non-blank record may repeat the header (an appended stream's optional header). */
  private boolean headerMayFollow;
  private final List<Issue> issues = new ArrayList<>();
  private final double[] nums = new double[7];
  private final StringBuilder warning = new StringBuilder();
  private long records;
  private long warned;
  private long rejected;
  private long blank;

  RowValidator(String file, Columns cols, IngestOptions options, RowSink out) {
    this.file = file;
    this.cols = cols;
    this.options = options;
    this.out = out;
  }

  /** Reports each problem to {@code f} as well, as it is found. */
  void onIssue(java.util.function.Consumer<Issue> f) {
    this.onIssue = f;
  }

  /** The first non-blank record may be the header line again: it is skipped, not counted. */
  void headerMayFollow() {
    this.headerMayFollow = true;
  }

  private void issue(Issue i) {
    issues.add(i);
    if (onIssue != null) {
      onIssue.accept(i);
    }
  }

  /** A blank line seen before the header (reported like any other blank line). */
  void blankBeforeHeader(long line) {
    blank(line);
  }

  void accept(Row rec) {
    if (rec.empty()) {
      blank(rec.line());
      return;
    }
    if (headerMayFollow) {
      headerMayFollow = false;
      if (rec.problem() == null && isRepeatedHeader(rec)) {
        return; // the stream's own header line
      }
    }
    records++;
    String reject = check(rec);
    if (reject != null) {
      rejected++;
      issue(new Issue(rec.line(), Severity.REJECTED, reject));
      if (options.mode() != IngestOptions.Mode.LENIENT) {
        throw new InputException(file, rec.line(), reject, null, true);
      }
      return;
    }
    byte strategy = strategy(rec);
    if (warning.length() > 0) {
      warned++;
      issue(new Issue(rec.line(), Severity.WARNING, warning.toString()));
      if (options.mode() == IngestOptions.Mode.STRICT) {
        fail(rec.line(), warning + " (strict mode)");
      }
    }
    out.add(rec.cell(Columns.MODEL), rec.cell(Columns.TASK), rec.cell(Columns.TRIAL),
        rec.cell(Columns.ID), strategy, nums, rec.line(), rec.cell(Columns.RESULT));
  }

  private void blank(long line) {
    blank++;
    issue(new Issue(line, Severity.WARNING, "blank line (ignored)"));
    if (options.mode() == IngestOptions.Mode.STRICT) {
      fail(line, "blank line (strict mode)");
    }
  }

  private void fail(long line, String reason) {
    throw new InputException(file, line, reason);
  }

  /** Fills {@link #nums} and the warning buffer; returns a reject reason or null. */
  private String check(Row rec) {
    warning.setLength(0);
    if (rec.problem() != null) {
      return rec.problem();
    }
    if (!cols.keyed() && rec.fields() != cols.fieldCount) {
      return "wrong column count: " + rec.fields() + " fields, the header has " + cols.fieldCount
          + (rec.endLine() > rec.line() ? " (the record spans lines " + rec.line() + "-"
          + rec.endLine() + ": a quoted cell holds line breaks; is a quote unbalanced?)" : "");
    }
    if (isRepeatedHeader(rec)) {
      return "repeated header row (were two files concatenated?)";
    }
    for (int slot : Columns.REQUIRED) {
      boolean missing = Columns.isNumeric(slot) ? rec.state(slot) == Row.EMPTY
          : rec.cell(slot) == null || rec.cell(slot).isBlank();
      if (missing) {
        return "missing required field '" + cols.name(slot) + "'";
      }
    }
    for (int slot : NAMES_CHECKED) {
      String v = rec.cell(slot);
      int c;
      if (v != null && v == lastName[slot]) { // the same String as the row before: same answer
        c = lastControl[slot];
      } else {
        c = v == null ? -1 : firstControl(v, slot != Columns.MODEL);
        lastName[slot] = v;
        lastControl[slot] = c;
      }
      if (c == 0) {
        // a NUL would silently make another model, task or trial that prints like this one
        return cols.name(slot) + " '" + clip(v.replace('\0', '?')) + "' contains a NUL"
            + " character (U+0000)";
      }
      if (c > 0) {
        warn(cols.name(slot) + " '" + clip(v) + "' contains the control character U+"
            + String.format(java.util.Locale.ROOT, "%04X", c));
      }
    }
    String q = number(rec, Columns.QUALITY, 0, 10.0);
    if (q != null) {
      return q;
    }
    String a = number(rec, Columns.ACCURACY, 1, 1.0);
    if (a != null) {
      return a;
    }
    for (int i = 0; i < OPTIONAL_NUMBERS.length; i++) {
      int slot = OPTIONAL_NUMBERS[i];
      byte st = rec.state(slot);
      nums[2 + i] = st == Row.NUMBER ? rec.number(slot) + 0.0 : Double.NaN; // -0 is 0
      if (st == Row.BAD) {
        warn(Columns.NAMES[slot] + " '" + clip(rec.cell(slot)) + "' is not a number (kept as empty)");
      }
    }
    return null;
  }

  /** The name-like columns checked for NUL (reject) and, in model names, other controls. */
  private static final int[] NAMES_CHECKED = {Columns.MODEL, Columns.TASK, Columns.TRIAL};
  /** Per name column, the last value scanned for control characters and the result. */
  private final String[] lastName = new String[Columns.SLOTS];
  private final int[] lastControl = new int[Columns.SLOTS];

  /**
   * The first C0 control character of {@code v} (0 for NUL), or -1. With {@code nulOnly},
   * only NUL counts: task strings and trial ids may hold tabs or line breaks.
   */
  private static int firstControl(String v, boolean nulOnly) {
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch == 0 || !nulOnly && ch < 0x20) {
        return ch;
      }
    }
    return -1;
  }

  private String number(Row rec, int slot, int index, double max) {
    byte st = rec.state(slot);
    if (st == Row.BAD) {
      return Columns.NAMES[slot] + " '" + clip(rec.cell(slot)) + "' is not a decimal number";
    }
    double d = rec.number(slot);
    if (Double.isNaN(d)) {
      return Columns.NAMES[slot] + " is NaN";
    }
    if (!(d >= 0.0 && d <= max)) {
      return Columns.NAMES[slot] + " " + d + " is out of range [0, " + (max == 1.0 ? "1" : "10") + "]";
    }
    nums[index] = d + 0.0; // -0 is 0: it must neither print as -0.0 nor rank apart
    return null;
  }

  private byte strategy(Row rec) {
    if (!has(rec, Columns.STRATEGY)) {
      return Strategy.NONE;
    }
    String v = rec.cell(Columns.STRATEGY);
    if (v == null || v.isBlank()) {
      warn("missing strategy (row used for profiles, in no strategy group)");
      return Strategy.NONE;
    }
    Strategy s = Strategy.parse(v.trim());
    if (s != null) {
      return s.code();
    }
    String created = has(rec, Columns.CREATED) ? rec.cell(Columns.CREATED) : "x";
    if (created == null || created.isBlank()) {
      warn("shifted column: strategy holds '" + clip(v) + "' and created is empty"
          + " (row used for profiles, in no strategy group)");
    } else {
      Strategy upper = Strategy.parse(v.trim().toUpperCase(java.util.Locale.ROOT));
      warn("unknown strategy '" + clip(v) + "'" + (upper == null ? ""
          : " (names are case-sensitive: did you mean " + upper + "?)")
          + " (row used for profiles, in no strategy group)");
    }
    return Strategy.NONE;
  }

  /**
   * Whether the record has the column of {@code slot}: the header's (CSV), or the record's
   * own keys (JSON Lines: an object without a {@code strategy} key is like a CSV file
   * without that column; {@code "strategy": null} is an empty cell).
   */
  private boolean has(Row rec, int slot) {
    return cols.keyed() ? rec.has(slot) : cols.has(slot);
  }

  /** A data record that repeats the header's quality and accuracy names. */
  private static boolean isRepeatedHeader(Row rec) {
    return rec.state(Columns.QUALITY) == Row.BAD
        && rec.state(Columns.ACCURACY) == Row.BAD
        && "quality".equalsIgnoreCase(rec.cell(Columns.QUALITY))
        && "accuracy".equalsIgnoreCase(rec.cell(Columns.ACCURACY));
  }

  private void warn(String w) {
    if (warning.length() > 0) {
      warning.append("; ");
    }
    warning.append(w);
  }

  private static String clip(String v) {
    String s = v.replace('\n', ' ').replace('\r', ' ');
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  IngestReport finish() {
    return new IngestReport(file, records, records - rejected, warned, rejected, blank,
        List.copyOf(issues));
  }
}
