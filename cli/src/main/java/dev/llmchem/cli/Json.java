package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Collection;

/**
 * JSON output (SPEC section 11): keys in insertion order, doubles in shortest round-trip
 * form ({@link Double#toString}), nothing but the document on stdout.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

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
