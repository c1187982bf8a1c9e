package dev.llmchem.engine.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Test helper: the same rows as CSV and as JSON Lines. Every CSV record that JSON Lines can
 * say (a blank line, or a record with the header's field count) is written to both: to a
 * re-quoted CSV (multi-line cells stay multi-line) and as one JSON line; records with another
 * field count are left out of both (JSON objects have no field count). {@link Converted#line}
 * maps each CSV line where a record starts to its JSON line.
 */
final class CsvToJsonLines {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private CsvToJsonLines() { }

  /** Both forms; {@code lines}: CSV start line to JSON line; records left out. */
  record Converted(byte[] csv, byte[] jsonl, Map<Long, Long> lines, int dropped) {
    /** The JSON line of the record starting at CSV line {@code csvLine}. */
    long line(long csvLine) {
      Long l = lines.get(csvLine);
      if (l == null) {
        throw new AssertionError("no JSON line for CSV line " + csvLine);
      }
      return l;
    }
  }

  /**
   * Converts {@code csv}; null when it cannot be (broken quoting, no header). With {@code r}
   * null every cell is a JSON string; otherwise cells are randomly written as JSON numbers or
   * booleans where their text is one, and empty cells as {@code ""}, {@code null} or a left
   * out key, all of which must read as the same cell.
   */
  static Converted convert(String csv, Random r) {
    if (csv.startsWith("\uFEFF")) {
      csv = csv.substring(1);
    }
    StringBuilder outCsv = new StringBuilder();
    StringBuilder outJson = new StringBuilder();
    Map<Long, Long> lines = new HashMap<>();
    long csvLine = 1;
    long jsonLine = 1;
    int dropped = 0;
    List<String> header = null;
    try (CsvReader<CsvRecord> in = CsvReader.builder().skipEmptyLines(false)
        .allowUnclosedQuote(false).extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE).ofCsvRecord(csv)) {
      for (CsvRecord rec : in) {
        if (rec.getFieldCount() == 1 && rec.getField(0).chars().allMatch(c -> c <= ' ')) {
          lines.put(csvLine, jsonLine);
          outCsv.append(rec.getField(0)).append('\n');
          outJson.append(rec.getField(0)).append('\n');
          csvLine++;
          jsonLine++;
          continue;
        }
        if (header == null) {
          header = rec.getFields();
        } else if (rec.getFieldCount() != header.size()) {
          dropped++;
          continue;
        } else {
          lines.put(csvLine, jsonLine++);
          outJson.append(object(header, rec.getFields(), r)).append('\n');
        }
        String line = csvRecord(rec.getFields());
        outCsv.append(line).append('\n');
        csvLine += breaks(line) + 1;
      }
    } catch (CsvParseException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return header == null ? null : new Converted(outCsv.toString().getBytes(StandardCharsets.UTF_8),
        outJson.toString().getBytes(StandardCharsets.UTF_8), lines, dropped);
  }

  private static String object(List<String> header, List<String> cells, Random r)
      throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      for (int i = 0; i < header.size(); i++) {
        String key = header.get(i);
        String v = cells.get(i);
        String name = key.trim().toLowerCase(Locale.ROOT);
        boolean perRowColumn = name.equals("strategy") || name.equals("created")
            || name.equals("result");
        int pick = r == null ? 0 : r.nextInt(3);
        if (v.isEmpty() && pick == 2 && !perRowColumn) {
          continue; // a missing key is an empty cell
        }
        g.writeFieldName(key);
        if (v.isEmpty() && pick == 1) {
          g.writeNull();
        } else if (pick > 0 && JSON_NUMBER.matcher(v).matches()) {
          g.writeNumber(v);
        } else if (pick > 0 && (v.equals("true") || v.equals("false"))) {
          g.writeBoolean(v.equals("true"));
        } else {
          g.writeString(v);
        }
      }
      g.writeEndObject();
    }
    return w.toString();
  }

  /** Every non-empty field quoted (its text verbatim, quotes doubled). */
  private static String csvRecord(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      b.append(i == 0 ? "" : ",");
      if (!f.isEmpty()) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      }
    }
    return b.toString();
  }

  /** Line breaks in {@code s} (LF, CRLF and a lone CR each one). */
  private static long breaks(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n' && (i == 0 || s.charAt(i - 1) != '\r')) {
        n++;
      }
    }
    return n;
  }
}
