package dev.llmchem.engine.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.llmchem.engine.history.HistoryBuilder;
import dev.llmchem.engine.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Streams a CSV performance history (SPEC section 1) into a columnar {@code History}, with
 * an {@link IngestReport} accounting for every line. Parsing is FastCSV (RFC 4180: quoted
 * cells may hold commas, quotes and newlines); numbers are parsed correctly rounded by
 * {@link Double#parseDouble}. Memory is the history itself: records are not buffered.
 * Stateless and thread-safe (each call has its own state).
 */
public final class HistoryReader {
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
    try (Reader in = new BufferedReader(new InputStreamReader(
        new ProgressInputStream(Files.newInputStream(file), progress),
        StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
      progress.start("reading " + file.getFileName(), Files.size(file));
      Ingested result = read(name, in, options);
      progress.finish();
      return result;
    } catch (NoSuchFileException e) {
      throw new InputException(name, 0, "no such file");
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InputException(name, 0, "is not UTF-8 text");
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

  /** Reads from any reader; the caller closes it. */
  public static Ingested read(String label, Reader in, IngestOptions options) throws IOException {
    RecordHandler handler = new RecordHandler();
    CsvReader<RecordHandler> csv = CsvReader.builder()
        .skipEmptyLines(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .detectBomHeader(true)
        .allowUnclosedQuote(false)
        .build(handler, in);
    RowValidator validator = null;
    HistoryBuilder builder = new HistoryBuilder(label, options.keepResults());
    try {
      Iterator<RecordHandler> it = csv.iterator();
      while (it.hasNext()) {
        RecordHandler rec = it.next();
        if (validator == null) {
          if (rec.empty()) {
            continue;
          }
          Columns cols = Columns.of(label, rec.raw(), options.keepResults());
          handler.columns(cols);
          validator = new RowValidator(label, cols, options, builder);
          continue;
        }
        validator.accept(rec);
      }
    } catch (CsvParseException e) {
      throw new InputException(label, handler.line(), parseReason(e), e);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    if (validator == null) {
      throw new InputException(label, 0, "is empty (expected a header row: trial, model, task,"
          + " quality, accuracy, ...)");
    }
    IngestReport report = validator.finish();
    return new Ingested(builder.build(), report);
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
    return "malformed CSV: " + m;
  }
}
