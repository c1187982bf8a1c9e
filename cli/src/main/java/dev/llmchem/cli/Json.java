package dev.llmchem.cli;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Collection;

/**
 * JSON output (SPEC section 11): keys in insertion order, doubles in shortest round-trip
 * form, nothing but the document on stdout.
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

  private Json() { }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode a = MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  /** Streams the document to {@code out} (no intermediate string), then a line end. */
  static void print(PrintWriter out, JsonNode node) {
    try {
      MAPPER.writeValue(out, node);
      out.println();
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
