package dev.llmchem.engine.io;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.history.HistoryBuilder;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * Streams a performance history (SPEC section 1) into a columnar {@code History}, with
 * an {@link IngestReport} accounting for every line. CSV files, bytes and strings are parsed
 * by the byte scanner ({@link ByteCsvReader}); {@link Reader}s, and files through
 * {@link #readWithFastCsv}, by FastCSV ({@link FastCsvRecords}), the scanner's twin: both give
 * the same history, report and errors. JSON Lines ({@link InputFormat}: by the file name or
 * {@link IngestOptions#withFormat}) go through {@link JsonLinesRecords}; gzip-compressed input
 * (recognised by its magic bytes) is decompressed on the fly ({@link Gzip}). Every format
 * feeds the same validator, so the rules, messages and report are the same. RFC 4180: quoted cells may hold commas, quotes and
 * newlines; numbers are parsed correctly rounded. Memory is the history itself: records are
 * not buffered. Stateless and thread-safe (each call has its own state).
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
    return readFile(file, options, progress, true);
  }

  /**
   * Reads {@code file} as {@link #read(Path, IngestOptions)} does, but decoding it to chars
   * and parsing with FastCSV: the byte scanner's twin, kept as its test oracle and benchmark
   * baseline.
   */
  public static Ingested readWithFastCsv(Path file, IngestOptions options) {
    return readFile(file, options, ProgressListener.NONE, false);
  }

  private static Ingested readFile(Path file, IngestOptions options, ProgressListener progress,
      boolean bytes) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputException(name, 0, "is a directory, not a " + kind(options, name) + " file");
    }
    String what = "reading " + file.getFileName();
    try (ProgressInputStream in = new ProgressInputStream(Files.newInputStream(file), progress,
        what, Files.size(file))) {
      long size = Files.size(file);
      progress.start(what, size); // in bytes of the file: compressed ones for gzip
      try (InputStream data = Gzip.open(name, in)) {
        Records records = records(name, data, Gzip.decompresses(data) ? -1 : size, options,
            bytes);
        Ingested result = read(name, records, options, in::fractionRead);
        progress.finish();
        return result;
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, 0, "no such file");
    } catch (CharacterCodingException e) {
      throw notUtf8(() -> Gzip.open(name, Files.newInputStream(file)), name, e);
    } catch (AccessDeniedException e) {
      throw new InputException(name, 0, "cannot be read: permission denied");
    } catch (IOException e) {
      throw new InputException(name, 0, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The parser for {@code in} (already decompressed) in the format the options or
   * {@code name} say; {@code size} in bytes, or -1 if unknown.
   */
  private static Records records(String name, InputStream in, long size, IngestOptions options,
      boolean bytes) throws IOException {
    if (options.formatOf(name) == InputFormat.JSON_LINES) {
      return new JsonLinesRecords(name, in);
    }
    return bytes ? new ByteCsvReader(name, in, size)
        : new FastCsvRecords(name, new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8.newDecoder()), 1 << 16));
  }

  private static String kind(IngestOptions options, String name) {
    return options.formatOf(name) == InputFormat.JSON_LINES ? "JSON Lines" : "CSV";
  }

  /**
   * Reads text held in memory (tests, embedding) as its UTF-8 bytes: CSV unless the options'
   * format or {@code label}'s name says JSON Lines. {@code label} names it in messages.
   */
  public static Ingested read(String label, String csv, IngestOptions options) {
    return read(label, csv.getBytes(StandardCharsets.UTF_8), options);
  }

  /**
   * Reads a history held in memory: UTF-8 (a leading BOM is skipped), gzip-compressed or
   * not; CSV unless the options' format or {@code label}'s name says JSON Lines.
   */
  public static Ingested read(String label, byte[] data, IngestOptions options) {
    try (InputStream in = Gzip.open(label, new ByteArrayInputStream(data))) {
      boolean plain = !Gzip.isGzip(data, data.length);
      return read(label, records(label, in, plain ? data.length : -1, options, true), options,
          () -> Double.NaN);
    } catch (CharacterCodingException e) {
      throw notUtf8(() -> Gzip.open(label, new ByteArrayInputStream(data)), label, e);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads from any reader with FastCSV; the caller closes it. A leading byte-order mark
   * (U+FEFF) is skipped.
   */
  public static Ingested read(String label, Reader in, IngestOptions options) throws IOException {
    if (options.format() == InputFormat.JSON_LINES) {
      throw new IllegalArgumentException("JSON Lines are read from bytes (a file, a byte array),"
          + " not from a Reader");
    }
    return read(label, new FastCsvRecords(label, in), options, () -> Double.NaN);
  }

  /**
   * The header, then every record through the validator into the history.
   * {@code fractionRead} (0..1, NaN if unknown) sizes the estimate of a too-large history.
   */
  static Ingested read(String label, Records records, IngestOptions options,
      DoubleSupplier fractionRead) throws IOException {
    RowValidator validator = null;
    HistoryBuilder builder = new HistoryBuilder(label, options.keepResults());
    builder.fractionRead(fractionRead);
    List<Long> leadingBlanks = new ArrayList<>();
    if (records.keyed()) {
      Columns cols = Columns.keyed(options);
      records.columns(cols);
      validator = new RowValidator(label, cols, options, builder);
    }
    for (Row rec = records.next(); rec != null; rec = records.next()) {
      if (validator != null) {
        validator.accept(rec);
      } else if (rec.empty()) {
        leadingBlanks.add(rec.line());
      } else {
        Columns cols = Columns.of(label, rec.line(), rec.raw(), options);
        records.columns(cols);
        validator = new RowValidator(label, cols, options, builder);
        for (long blank : leadingBlanks) {
          validator.blankBeforeHeader(blank);
        }
      }
    }
    if (validator == null) {
      throw new InputException(label, 0, (leadingBlanks.isEmpty() ? "is empty"
          : "has only blank lines") + " (expected a header row: trial, model, task,"
          + " quality, accuracy, ...)");
    }
    IngestReport report = validator.finish();
    if (records.keyed() && report.records() == 0) {
      throw new InputException(label, 0, (report.blankLines() == 0 ? "is empty"
          : "has only blank lines") + " (expected JSON Lines: one object per line with trial,"
          + " model, " + options.taskColumnName() + ", quality, accuracy, ...)");
    }
    return new Ingested(builder.build(), report);
  }

  /** Opens the input again (to locate an encoding error). */
  private interface Source {
    InputStream open() throws IOException;
  }

  /** Slow path: reads the input again to locate the first invalid byte and name its line. */
  private static InputException notUtf8(Source input, String name, IOException cause) {
    try (InputStream in = input.open()) {
      byte[] head = in.readNBytes(4);
      String bom = head.length >= 4 && (head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE
          && (head[3] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
          && head[2] == 0 && head[3] == 0) ? "UTF-32"
          : head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
          || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) ? "UTF-16" : null;
      if (bom != null) {
        return new InputException(name, 1, String.format(Locale.ROOT, "is %s text (byte-order"
            + " mark 0x%02X 0x%02X); re-save the file as UTF-8", bom, head[0], head[1]), cause);
      }
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
    try {
      Utf8Check.Bad bad = Utf8Check.locate(input.open());
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
}
