package dev.llmchem.engine.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-record CSV iteration for the small side files (grades, runs rewrite): FastCSV with
 * RFC 4180 quoting, UTF-8 (a leading BOM skipped), blank lines skipped, and every failure
 * turned into a one-line {@link InputException} ({@code file:line: reason}). Records are
 * handed over one at a time; nothing is buffered. Stateless.
 */
final class CsvRecords {
  private static final Pattern AT_LINE = Pattern.compile(" \\(record starting at line (\\d+)\\)$");

  private CsvRecords() { }

  /** Calls {@code each} for every non-blank record of {@code file}, header included. */
  static void forEach(Path file, Consumer<CsvRecord> each) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputException(name, 0, "is a directory, not a CSV file");
    }
    long[] line = {0};
    try (Reader in = skipBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        CsvReader<CsvRecord> csv = CsvReader.builder().allowUnclosedQuote(false)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(in)) {
      for (CsvRecord r : csv) {
        line[0] = r.getStartingLineNumber();
        each.accept(r);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, 0, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name, 0, "cannot be read: permission denied");
    } catch (CharacterCodingException e) {
      throw notUtf8(name, e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw notUtf8(name, e);
      }
      throw new InputException(name, 0, "cannot be read: " + e.getCause().getMessage(), e);
    } catch (CsvParseException e) {
      Throwable t = e;
      while (t.getCause() instanceof CsvParseException) {
        t = t.getCause();
      }
      String m = t.getMessage() == null ? "parse error" : t.getMessage();
      Matcher at = AT_LINE.matcher(m);
      long where = line[0] + 1;
      if (at.find()) {
        where = Long.parseLong(at.group(1));
        m = m.substring(0, at.start());
      }
      throw new InputException(name, where, m.startsWith("Unclosed quoted field")
          ? "unterminated quote: a quoted cell opened in this record is never closed"
          : "malformed CSV: " + m, e);
    } catch (IOException e) {
      throw new InputException(name, 0, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static InputException notUtf8(String name, Exception e) {
    return new InputException(name, 0, "is not UTF-8 text (re-save the file as UTF-8)", e);
  }

  /** Skips a leading U+FEFF (byte-order mark) of a character stream. */
  static Reader skipBom(Reader in) throws IOException {
    PushbackReader p = new PushbackReader(in, 1);
    int c = p.read();
    if (c >= 0 && c != '\uFEFF') {
      p.unread(c);
    }
    return p;
  }

  /** Header lookup: trimmed, case-insensitive, first of {@code names} present; -1 if none. */
  static int column(CsvRecord header, String... names) {
    for (String name : names) {
      for (int i = 0; i < header.getFieldCount(); i++) {
        if (header.getField(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }
}
