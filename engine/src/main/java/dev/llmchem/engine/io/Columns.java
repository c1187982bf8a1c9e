package dev.llmchem.engine.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maps header names (CSV) or keys (JSON Lines) to the slots the reader keeps. Column order is
 * free; names are matched after trimming, case-insensitively; {@code gen_accuracy} is an alias
 * of {@code generation_accuracy}. Unknown columns are ignored. With a task column
 * ({@link IngestOptions#withTaskColumn}) that column fills the task slot and {@code task} is
 * ignored. CSV columns come from the header ({@link #of}); JSON Lines records are
 * {@linkplain #keyed keyed}: each object names its own fields, so there is no field count.
 */
final class Columns {
  // Slots (indices into a record's kept cells).
  static final int TRIAL = 0;
  static final int MODEL = 1;
  static final int TASK = 2;
  static final int QUALITY = 3;
  static final int ACCURACY = 4;
  static final int GEN_ACCURACY = 5;
  static final int VARIANCE = 6;
  static final int REVIEW_ACCURACY = 7;
  static final int LATENCY = 8;
  static final int TEMPERATURE = 9;
  static final int ID = 10;
  static final int STRATEGY = 11;
  static final int CREATED = 12;
  static final int RESULT = 13;
  static final int SLOTS = 14;

  static final String[] NAMES = {"trial", "model", "task", "quality", "accuracy",
      "generation_accuracy", "variance", "review_accuracy", "latency", "temperature", "id",
      "strategy", "created", "result"};
  static final int[] REQUIRED = {TRIAL, MODEL, TASK, QUALITY, ACCURACY};

  /** Whether a slot holds a number (parsed in place by the reader). */
  static boolean isNumeric(int slot) {
    return slot >= QUALITY && slot <= TEMPERATURE;
  }

  /** A name as the header matching sees it: trimmed, lower case. */
  static String normalise(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /** The slot of a normalised column name ({@code gen_accuracy} included), or -1. */
  static int slotOfName(String normalised) {
    return Arrays.asList(NAMES).indexOf(normalised.equals("gen_accuracy")
        ? "generation_accuracy" : normalised);
  }

  /** slotOfField[i] = slot of the i-th header field, or -1 when not kept (empty when keyed). */
  final int[] slotOfField;
  /** fieldOfSlot[s] = header position of slot s, or -1 when the column is absent. */
  final int[] fieldOfSlot;
  /** Fields per record; -1 when {@linkplain #keyed keyed} (JSON Lines). */
  final int fieldCount;
  private final String taskColumn;
  private final boolean keepResult;

  private Columns(int[] slotOfField, int[] fieldOfSlot, String taskColumn, boolean keepResult,
      boolean keyed) {
    this.slotOfField = slotOfField;
    this.fieldOfSlot = fieldOfSlot;
    this.fieldCount = keyed ? -1 : slotOfField.length;
    this.taskColumn = taskColumn;
    this.keepResult = keepResult;
  }

  /**
   * The columns of JSON Lines records: any object may hold any of the names, so whether a
   * column is there is asked of each record ({@link Row#has}).
   */
  static Columns keyed(IngestOptions options) {
    return new Columns(new int[0], new int[SLOTS], options.taskColumnName(),
        options.keepResults(), true);
  }

  /** Records name their fields (JSON Lines): no header, no field count. */
  boolean keyed() {
    return fieldCount < 0;
  }

  /** Whether the header has the column of {@code slot} (not for keyed columns). */
  boolean has(int slot) {
    return fieldOfSlot[slot] >= 0;
  }

  /** The column name a message gives for {@code slot}: the task column's for the task. */
  String name(int slot) {
    return slot == TASK ? taskColumn : NAMES[slot];
  }

  /**
   * The slot a header name or key fills, or -1 when it is not kept: the task column fills
   * the task slot (and {@code task} is then ignored); {@code result} only when kept.
   */
  int slotOf(String name) {
    return slotOf(normalise(name), taskColumn, keepResult);
  }

  private static int slotOf(String normalised, String taskColumn, boolean keepResult) {
    if (normalised.equals(taskColumn)) {
      return TASK;
    }
    int slot = slotOfName(normalised);
    return slot == TASK || slot == RESULT && !keepResult ? -1 : slot;
  }

  /**
   * Resolves the header record found at {@code line} (1-based); throws
   * {@link InputException} on a missing or duplicate column.
   */
  static Columns of(String file, long line, List<String> header, IngestOptions options) {
    String taskColumn = options.taskColumnName();
    boolean keepResult = options.keepResults();
    for (String h : header) {
      if (h.indexOf('\0') >= 0) {
        throw new InputException(file, line, "looks like UTF-16 text (NUL bytes between the"
            + " header's characters); re-save the file as UTF-8");
      }
    }
    int[] slotOfField = new int[header.size()];
    int[] fieldOfSlot = new int[SLOTS];
    Arrays.fill(fieldOfSlot, -1);
    for (int i = 0; i < header.size(); i++) {
      int slot = slotOf(normalise(header.get(i)), taskColumn, keepResult);
      if (slot >= 0 && fieldOfSlot[slot] >= 0) {
        String name = slot == TASK ? taskColumn : NAMES[slot];
        throw new InputException(file, line, "header names column '" + name + "' twice (fields "
            + (fieldOfSlot[slot] + 1) + " '" + header.get(fieldOfSlot[slot]).trim() + "' and "
            + (i + 1) + " '" + header.get(i).trim() + "')");
      }
      slotOfField[i] = slot;
      if (slot >= 0) {
        fieldOfSlot[slot] = i;
      }
    }
    List<String> missing = new ArrayList<>();
    for (int s : REQUIRED) {
      if (fieldOfSlot[s] < 0) {
        missing.add(s == TASK ? taskColumn : NAMES[s]);
      }
    }
    if (!missing.isEmpty()) {
      String task = taskColumn.equals("task") ? "task" : taskColumn + " (the task column)";
      boolean json = !header.isEmpty() && header.get(0).trim().startsWith("{");
      throw new InputException(file, line, "header has no " + quoteAll(missing) + " column"
          + (missing.size() > 1 ? "s" : "") + " (required: trial, model, " + task
          + ", quality, accuracy; found: " + found(header) + ")" + (json ? "; the file looks"
          + " like JSON Lines: name it .jsonl (or .jsonl.gz) or give the format (--data-format"
          + " jsonl)" : ""));
    }
    return new Columns(slotOfField, fieldOfSlot, taskColumn, keepResult, false);
  }

  /** The header's names for a message: at most 12, each clipped to 30 characters. */
  private static String found(List<String> header) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < header.size() && i < 12; i++) {
      String n = header.get(i);
      b.append(i == 0 ? "" : ", ").append(n.length() > 30 ? n.substring(0, 27) + "..." : n);
    }
    return header.size() > 12 ? b + ", ... (" + header.size() + " fields)" : b.toString();
  }

  private static String quoteAll(List<String> names) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      b.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
    }
    return b.toString();
  }
}
