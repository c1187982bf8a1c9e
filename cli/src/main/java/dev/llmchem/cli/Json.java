package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Collection;

/**
 * JSON output (SPEC section 11): keys in insertion order, doubles in shortest round-trip
 * form, nothing but the document on stdout.
 *
 * <p>Streamed: a command opens a document with {@link #start}, writes it task by task (pair by
 * pair, node by node) through the {@link JsonGenerator} and ends it with {@link #finish}, so
 * the heap holds one task's values, never the whole document (a Jackson tree of a 50,000-task
 * profile needs about 20 times the history's size). The generator has the mapper's settings
 * (indentation, fast doubles), so the bytes are those {@code MAPPER.writeValue} wrote for the
 * equivalent tree ({@code StreamedJsonTest} compares them with the former tree builders).
 *
 * <p>The first {@value #HOLD_CHARS} characters are held back until the document is complete or
 * grows past them: a run stopped or failing before then writes nothing to stdout (most
 * documents are smaller); beyond that the output streams, and a stop leaves a truncated
 * document whose one-line message says "the output above is incomplete".
 *
 * <p>Doubles are written by Jackson's Schubfach writer, not {@link Double#toString}: JDK 17's
 * {@code Double.toString} is not always shortest (JDK-4511638, fixed in 19: 2.0E23 prints as
 * 1.9999999999999998E23, and about 0.1% of random doubles of large magnitude differ), so the
 * same answer would print differently on JDK 17 and 25. Schubfach gives the JDK 19+ digits on
 * every JDK, hence byte-identical JSON across JDKs.
 */
final class Json {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** Compact output, one document per line (JSON Lines: {@code chem watch}). */
  static final ObjectMapper LINES = JsonMapper.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** Characters of a document held back before the output starts to stream (1 Mi). */
  static final int HOLD_CHARS = 1 << 20;

  private Json() { }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A document on {@code out}; {@link #finish} completes it (nothing is written on failure). */
  static JsonGenerator start(PrintWriter out) throws IOException {
    return MAPPER.writer().createGenerator(new Held(out, HOLD_CHARS));
  }

  /** Ends the document: closes it, writes what is held, then a line end, and flushes. */
  static void finish(JsonGenerator g) throws IOException {
    g.close();
    ((Held) g.getOutputTarget()).release();
  }

  /** {@code "field" : [ "a", "b" ]}. */
  static void strings(JsonGenerator g, String field, Collection<String> values)
      throws IOException {
    g.writeFieldName(field);
    strings(g, values);
  }

  /** {@code [ "a", "b" ]}. */
  static void strings(JsonGenerator g, Collection<String> values) throws IOException {
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** A finite number, else null. */
  static void finite(JsonGenerator g, String field, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(field, v);
    } else {
      g.writeNullField(field);
    }
  }

  /**
   * Holds the first {@code limit} characters, then passes everything through. The generator
   * flushes into it only when its own buffer is full or the document ends.
   */
  private static final class Held extends Writer {
    private final PrintWriter out;
    private final int limit;
    private StringBuilder held = new StringBuilder();

    Held(PrintWriter out, int limit) {
      this.out = out;
      this.limit = limit;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      if (held == null) {
        out.write(buf, off, len);
        return;
      }
      held.append(buf, off, len);
      if (held.length() > limit) {
        pass();
      }
    }

    @Override
    public void write(String s, int off, int len) {
      if (held == null) {
        out.write(s, off, len);
        return;
      }
      held.append(s, off, off + len);
      if (held.length() > limit) {
        pass();
      }
    }

    private void pass() {
      out.append(held);
      held = null;
    }

    @Override
    public void flush() {
      if (held == null) {
        out.flush();
      }
    }

    @Override
    public void close() { }

    /** The document is complete: out gets the held text and a line end, flushed. */
    void release() {
      if (held != null) {
        pass();
      }
      out.println();
      out.flush();
    }
  }
}
