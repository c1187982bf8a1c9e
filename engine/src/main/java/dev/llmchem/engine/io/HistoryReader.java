package dev.llmchem.engine.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.llmchem.engine.CancelledException;
import dev.llmchem.engine.history.HistoryBuilder;
import dev.llmchem.engine.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.io.PushbackReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams a CSV performance history (SPEC section 1) into a columnar {@code History}, with
 * an {@link IngestReport} accounting for every line. Parsing is FastCSV (RFC 4180: quoted
 * cells may hold commas, quotes and newlines); numbers are parsed correctly rounded by
 * {@link Double#parseDouble}. Memory is the history itself: records are not buffered.
 * Stateless and thread-safe (each call has its own state).
 */
public final class HistoryReader {
  private static final Pattern AFTER_QUOTE =
      Pattern.compile("Unexpected character after closing quote: ('.*?')");

  private HistoryReader() { }

  /** Reads {@code file} with the default options. */
  public static Ingested read(Path file) {
    return read(file, IngestOptions.defaults());
  }

  /**
   * Reads {@code file}.
   *
   * @throws InputException on a missing/unreadable/empty file, a bad header, a broken quote,
   *     or a problem row that the options' mode does not tolerate
   */
  public static Ingested read(Path file, IngestOptions options) {
    return read(file, options, ProgressListener.NONE);
  }

  /**
   * Reads {@code file}, reporting progress in bytes of the file ({@code progress} gets
   * {@code start("reading FILE", size)}, byte counts as buffers are read, then {@code finish}).
   */
  public static Ingested read(Path file, IngestOptions options, ProgressListener progress) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputException(name, 0, "is a directory, not a CSV file");
    }
    String what = "reading " + file.getFileName();
    try (ProgressInputStream bytes = new ProgressInputStream(Files.newInputStream(file), progress,
            what, Files.size(file));
        Reader in = new BufferedReader(new InputStreamReader(bytes,
            StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
      progress.start(what, Files.size(file));
      Ingested result = read(name, in, options, bytes::fractionRead);
      progress.finish();
      return result;
    } catch (NoSuchFileException e) {
      throw new InputException(name, 0, "no such file");
    } catch (java.nio.charset.CharacterCodingException e) {
      throw notUtf8(file, name, e);
    } catch (AccessDeniedException e) {
      throw new InputException(name, 0, "cannot be read: permission denied");
    } catch (IOException e) {
      throw new InputException(name, 0, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads CSV text held in memory (tests, embedding). {@code label} names it in messages. */
  public static Ingested read(String label, String csv, IngestOptions options) {
    try {
      return read(label, new StringReader(csv), options);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads from any reader; the caller closes it. A leading byte-order mark (U+FEFF) is
   * skipped.
   */
  public static Ingested read(String label, Reader in, IngestOptions options) throws IOException {
    return read(label, in, options, () -> Double.NaN);
  }

  /** As above; {@code fractionRead} (0..1) sizes the estimate of a too-large history. */
  private static Ingested read(String label, Reader in, IngestOptions options,
      java.util.function.DoubleSupplier fractionRead) throws IOException {
    RecordHandler handler = new RecordHandler();
    CsvReader<RecordHandler> csv = CsvReader.builder()
        .skipEmptyLines(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .allowUnclosedQuote(false)
        .build(handler, skipBom(in));
    RowValidator validator = null;
    HistoryBuilder builder = new HistoryBuilder(label, options.keepResults());
    builder.fractionRead(fractionRead);
    List<Long> leadingBlanks = new ArrayList<>();
    try {
      Iterator<RecordHandler> it = csv.iterator();
      while (it.hasNext()) {
        RecordHandler rec = it.next();
        if (validator == null) {
          if (rec.empty()) {
            leadingBlanks.add(rec.line());
            continue;
          }
          Columns cols = Columns.of(label, rec.line(), rec.raw(), options.keepResults());
          handler.columns(cols);
          validator = new RowValidator(label, cols, options, builder);
          for (long blank : leadingBlanks) {
            validator.blankBeforeHeader(blank);
          }
          continue;
        }
        validator.accept(rec);
      }
    } catch (CsvParseException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof CancelledException c) {
          throw c; // FastCSV wraps what the input stream throws: a stop is not a parse error
        }
      }
      throw new InputException(label, handler.line(), parseReason(e), e);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    if (validator == null) {
      throw new InputException(label, 0, (leadingBlanks.isEmpty() ? "is empty"
          : "has only blank lines") + " (expected a header row: trial, model, task,"
          + " quality, accuracy, ...)");
    }
    IngestReport report = validator.finish();
    return new Ingested(builder.build(), report);
  }

  /** Skips a leading U+FEFF (FastCSV's own BOM detection works only on byte input). */
  private static Reader skipBom(Reader in) throws IOException {
    PushbackReader p = new PushbackReader(in, 1);
    int c = p.read();
    if (c >= 0 && c != '\uFEFF') {
      p.unread(c);
    }
    return p;
  }

  /** Slow path: locates the first invalid byte to name its line. */
  private static InputException notUtf8(Path file, String name, IOException cause) {
    try {
      Utf8Check.Bad bad = Utf8Check.locate(file);
      if (bad.line() > 0) {
        return new InputException(name, bad.line(), String.format(Locale.ROOT,
            "is not UTF-8 text (invalid byte 0x%02X at byte offset %d; re-save the file as UTF-8)",
            bad.firstByte(), bad.offset()), cause);
      }
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
    return new InputException(name, 0, "is not UTF-8 text", cause);
  }

  private static String parseReason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() instanceof CsvParseException) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? "malformed CSV" : t.getMessage();
    if (m.startsWith("Unclosed quoted field")) {
      return "unterminated quote: a quoted cell opened in this record is never closed"
          + " (the rest of the file would be swallowed into it)";
    }
    Matcher after = AFTER_QUOTE.matcher(m);
    if (after.lookingAt()) {
      return "unexpected character " + after.group(1) + " after the closing quote of a quoted"
          + " cell (a quote inside a quoted cell must be doubled; is a quote unbalanced?)";
    }
    if (m.startsWith("The maximum buffer size")) {
      return "a cell of this record is longer than 16 Mi characters (an unbalanced quote?)";
    }
    return "malformed CSV: " + m.replaceFirst(" \\(record starting at line \\d+\\)$", "");
  }
}
