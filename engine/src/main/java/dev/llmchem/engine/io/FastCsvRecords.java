package dev.llmchem.engine.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.llmchem.engine.control.CancelledException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Records of character input parsed by FastCSV (RFC 4180, every line ending, empty lines
 * kept) through {@link RecordHandler}: the reader of {@link Reader}s and the twin the byte
 * scanner is tested and benchmarked against. A leading U+FEFF is skipped.
 */
final class FastCsvRecords implements Records {
  private final String label;
  private final RecordHandler handler = new RecordHandler();
  private final Iterator<Row> it;

  FastCsvRecords(String label, Reader in) throws IOException {
    this.label = label;
    this.it = CsvReader.builder()
        .skipEmptyLines(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .allowUnclosedQuote(false)
        .build(handler, CsvRecords.skipBom(in))
        .iterator();
  }

  @Override
  public Row next() throws IOException {
    try {
      return it.hasNext() ? it.next() : null;
    } catch (CsvParseException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof CancelledException c) {
          throw c; // FastCSV wraps what the input stream throws: a stop is not a parse error
        }
      }
      throw new InputException(label, handler.line(), CsvErrors.reason(e), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void columns(Columns c) {
    handler.columns(c);
  }
}
