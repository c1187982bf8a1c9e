package dev.llmchem.engine.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of CSV syntax errors, shared by both parsers so that they fail alike: FastCSV's
 * exception messages are rephrased for people, and the byte scanner ({@link ByteCsvReader})
 * forms FastCSV's message for the same fault and rephrases it the same way. Stateless.
 */
final class CsvErrors {
  static final String UNTERMINATED = "unterminated quote: a quoted cell opened in this record"
      + " is never closed (the rest of the file would be swallowed into it)";
  static final String TOO_LONG =
      "a cell of this record is longer than 16 Mi characters (an unbalanced quote?)";
  /** Longest cell, in characters (FastCSV's maximum buffer size). */
  static final int MAX_CELL = 16 * 1024 * 1024;

  private static final Pattern AFTER_QUOTE =
      Pattern.compile("Unexpected character after closing quote: ('.*?')");

  private CsvErrors() { }

  /** The reason for a FastCSV parse failure (its innermost cause). */
  static String reason(CsvParseException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() instanceof CsvParseException) {
      t = t.getCause();
    }
    return reason(t.getMessage());
  }

  /** The reason for a character {@code c} right after a closing quote, in record {@code line}. */
  static String afterQuote(char c, long line) {
    return reason(String.format("Unexpected character after closing quote: '%c' (0x%x)"
        + " (record starting at line %d)", c, (int) c, line));
  }

  private static String reason(String message) {
    String m = message == null ? "malformed CSV" : message;
    if (m.startsWith("Unclosed quoted field")) {
      return UNTERMINATED;
    }
    Matcher after = AFTER_QUOTE.matcher(m);
    if (after.lookingAt()) {
      return "unexpected character " + after.group(1) + " after the closing quote of a quoted"
          + " cell (a quote inside a quoted cell must be doubled; is a quote unbalanced?)";
    }
    if (m.startsWith("The maximum buffer size")) {
      return TOO_LONG;
    }
    return "malformed CSV: " + m.replaceFirst(" \\(record starting at line \\d+\\)$", "");
  }
}
