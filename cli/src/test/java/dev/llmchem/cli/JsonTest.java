package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** JSON doubles are the shortest round-trip digits on every JDK (17's Double.toString is not). */
class JsonTest {
  static String print(double... values) {
    StringWriter w = new StringWriter();
    com.fasterxml.jackson.databind.node.ArrayNode a = Json.MAPPER.createArrayNode();
    for (double v : values) {
      a.add(v);
    }
    Json.print(new PrintWriter(w), a);
    return w.toString().replaceAll("\\s", "");
  }

  @Test
  void doublesAreShortestOnEveryJdk() {
    // JDK 17 Double.toString: 1.9999999999999998E23, 9.999999999999999E22, 1.58035079701327104E17
    assertThat(print(2e23, 1e23, 1.580350797013271E17, 0.1, 1.0, 0.0, 23.5))
        .isEqualTo("[2.0E23,1.0E23,1.580350797013271E17,0.1,1.0,0.0,23.5]");
    for (double v : new double[] {2e23, 1e23, 0.30000000000000004, 5e-324, Double.MAX_VALUE}) {
      assertThat(Double.parseDouble(print(v).replaceAll("[\\[\\]]", ""))).isEqualTo(v);
    }
  }
}
