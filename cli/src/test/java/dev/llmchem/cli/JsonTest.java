package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * JSON doubles are the shortest round-trip digits on every JDK (17's Double.toString is not),
 * and a streamed document reaches stdout only once complete or larger than
 * {@link Json#HOLD_CHARS}.
 */
class JsonTest {
  static String print(double... values) throws IOException {
    StringWriter w = new StringWriter();
    JsonGenerator g = Json.start(new PrintWriter(w));
    g.writeStartArray();
    for (double v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
    Json.finish(g);
    return w.toString().replaceAll("\\s", "");
  }

  @Test
  void doublesAreShortestOnEveryJdk() throws IOException {
    // JDK 17 Double.toString: 1.9999999999999998E23, 9.999999999999999E22, 1.58035079701327104E17
    assertThat(print(2e23, 1e23, 1.580350797013271E17, 0.1, 1.0, 0.0, 23.5))
        .isEqualTo("[2.0E23,1.0E23,1.580350797013271E17,0.1,1.0,0.0,23.5]");
    for (double v : new double[] {2e23, 1e23, 0.30000000000000004, 5e-324, Double.MAX_VALUE}) {
      assertThat(Double.parseDouble(print(v).replaceAll("[\\[\\]]", ""))).isEqualTo(v);
    }
  }

  @Test
  void aDocumentIsHeldBackUntilCompleteOrLarge() throws IOException {
    StringWriter w = new StringWriter();
    JsonGenerator g = Json.start(new PrintWriter(w));
    g.writeStartArray();
    for (int i = 0; i < 50_000; i++) { // about 550 KiB: held, even past the generator's buffer
      g.writeString("item");
    }
    g.flush();
    assertThat(w.getBuffer()).isEmpty(); // a run stopped now would have written nothing
    for (int i = 0; i < 100_000; i++) {
      g.writeString("item");
    }
    assertThat(w.getBuffer().length()).isGreaterThan(Json.HOLD_CHARS); // now it streams
    g.writeEndArray();
    Json.finish(g);
    assertThat(w.toString()).startsWith("[ \"item\", ").endsWith("\"item\" ]"
        + System.lineSeparator());
  }
}
