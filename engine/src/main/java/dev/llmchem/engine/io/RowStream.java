package dev.llmchem.engine.io;

import dev.llmchem.engine.history.RowSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Appended records: rows of a history's format read from a live stream (standard input, a
 * growing file) and handed to a {@link RowSink} one by one, each as soon as its line end has
 * arrived. The parsers and the validator are those of {@link HistoryReader}, so the rules,
 * messages and policies are the same; line numbers count from the start of the stream.
 *
 * <p>Header. A CSV stream continues a file whose header is given ({@link #header}): its first
 * non-blank record may repeat that header line (it is then skipped) or be data. Without a
 * given header the stream must start with one. JSON Lines have no header. Stateless.
 */
public final class RowStream {
  private RowStream() { }

  /**
   * The header cells of a CSV history file (gzip or not), as its first non-blank record
   * holds them; an empty list for JSON Lines (records name their own fields).
   *
   * @throws InputException when the file cannot be read or has no header
   */
  public static List<String> header(Path file, IngestOptions options) {
    String name = file.toString();
    if (options.formatOf(name) == InputFormat.JSON_LINES) {
      return List.of();
    }
    try (InputStream in = Gzip.open(name, Files.newInputStream(file))) {
      Records records = new ByteCsvReader(name, in, -1L);
      for (Row rec = records.next(); rec != null; rec = records.next()) {
        if (!rec.empty()) {
          Columns.of(name, rec.line(), rec.raw(), options); // a bad header fails here
          return List.copyOf(rec.raw());
        }
      }
      throw new InputException(name, 0, "is empty (expected a header row: trial, model, task,"
          + " quality, accuracy, ...)");
    } catch (NoSuchFileException e) {
      throw new InputException(name, 0, "no such file");
    } catch (CharacterCodingException e) {
      throw new InputException(name, 0, "is not UTF-8 text", e);
    } catch (IOException e) {
      throw new InputException(name, 0, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads records from {@code in} until its end, validating each ({@code options}' mode:
   * a rejected record fails with {@link InputException} naming {@code label} and its line,
   * unless lenient) and passing every used row to {@code sink} as soon as it is complete.
   * {@code issues} hears of every warning and rejection as it is found (may be null).
   *
   * @param header the header of the history the stream continues (CSV), or null/empty when
   *     the stream starts with its own header line
   * @return the report of the stream (records, used, warned, rejected, every problem)
   * @throws InputException on a broken record, bad encoding, or a rejected record when not
   *     lenient
   */
  public static IngestReport read(String label, InputStream in, IngestOptions options,
      List<String> header, RowSink sink, Consumer<IngestReport.Issue> issues) throws IOException {
    boolean jsonLines = options.formatOf(label) == InputFormat.JSON_LINES;
    Records records = jsonLines ? new JsonLinesRecords(label, in).streaming()
        : new ByteCsvReader(label, in, -1L).streaming();
    RowValidator validator = null;
    if (jsonLines) {
      Columns cols = Columns.keyed(options);
      records.columns(cols);
      validator = new RowValidator(label, cols, options, sink);
    } else if (header != null && !header.isEmpty()) {
      Columns cols = Columns.of(label, 0, header, options);
      records.columns(cols);
      validator = new RowValidator(label, cols, options, sink);
      validator.headerMayFollow();
    }
    if (validator != null && issues != null) {
      validator.onIssue(issues);
    }
    try {
      for (Row rec = records.next(); rec != null; rec = records.next()) {
        if (validator != null) {
          validator.accept(rec);
        } else if (!rec.empty()) {
          Columns cols = Columns.of(label, rec.line(), rec.raw(), options);
          records.columns(cols);
          validator = new RowValidator(label, cols, options, sink);
          if (issues != null) {
            validator.onIssue(issues);
          }
        }
      }
    } catch (CharacterCodingException e) {
      throw new InputException(label, 0, "is not UTF-8 text", e);
    }
    if (validator == null) {
      return new IngestReport(label, 0, 0, 0, 0, 0, List.of());
    }
    return validator.finish();
  }
}
