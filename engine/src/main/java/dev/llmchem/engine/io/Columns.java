package dev.llmchem.engine.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maps header names to the slots the reader keeps. Column order is free; names are matched
 * after trimming, case-insensitively; {@code gen_accuracy} is an alias of
 * {@code generation_accuracy}. Unknown columns are ignored.
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

  /** slotOfField[i] = slot of the i-th header field, or -1 when not kept. */
  final int[] slotOfField;
  /** fieldOfSlot[s] = header position of slot s, or -1 when the column is absent. */
  final int[] fieldOfSlot;
  final int fieldCount;

  private Columns(int[] slotOfField, int[] fieldOfSlot) {
    this.slotOfField = slotOfField;
    this.fieldOfSlot = fieldOfSlot;
    this.fieldCount = slotOfField.length;
  }

  boolean has(int slot) {
    return fieldOfSlot[slot] >= 0;
  }

  /**
   * Resolves the header record found at {@code line} (1-based); throws
   * {@link InputException} on a missing or duplicate column.
   */
  static Columns of(String file, long line, List<String> header, boolean keepResult) {
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
      String name = header.get(i).trim().toLowerCase(Locale.ROOT);
      if (name.equals("gen_accuracy")) {
        name = "generation_accuracy";
      }
      int slot = Arrays.asList(NAMES).indexOf(name);
      if (slot == RESULT && !keepResult) {
        slot = -1;
      }
      if (slot >= 0 && fieldOfSlot[slot] >= 0) {
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
        missing.add(NAMES[s]);
      }
    }
    if (!missing.isEmpty()) {
      throw new InputException(file, line, "header has no " + quoteAll(missing) + " column"
          + (missing.size() > 1 ? "s" : "") + " (required: trial, model, task, quality, accuracy;"
          + " found: " + found(header) + ")");
    }
    return new Columns(slotOfField, fieldOfSlot);
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
