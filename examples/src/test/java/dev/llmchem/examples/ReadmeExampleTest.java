package dev.llmchem.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's library example is the text of {@link EmbedEngine} between its markers, so the
 * README always shows code that compiles and runs (EmbedEngineTest runs it). On a mismatch,
 * copy the program's lines (without their common indentation) into the README's block.
 */
class ReadmeExampleTest {
  @Test
  void readmeShowsTheExampleProgram() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> program = between(Files.readAllLines(
        Path.of("src/main/java/dev/llmchem/examples/EmbedEngine.java")),
        "// example:begin", "// example:end");
    List<String> readme = between(Files.readAllLines(root.resolve("README.md")),
        "<!-- example:begin -->", "<!-- example:end -->");
    assertThat(program).hasSizeGreaterThan(5);
    assertThat(readme).as("README.md block between the example markers")
        .containsExactlyElementsOf(fence(dedent(program)));
  }

  private static List<String> between(List<String> lines, String begin, String end) {
    int b = -1;
    int e = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(begin)) {
        b = i;
      } else if (lines.get(i).trim().equals(end)) {
        e = i;
      }
    }
    assertThat(b).as("marker %s", begin).isNotNegative();
    assertThat(e).as("marker %s after %s", end, begin).isGreaterThan(b);
    return lines.subList(b + 1, e);
  }

  private static List<String> dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.isBlank() ? "" : l.substring(indent));
    }
    return out;
  }

  private static List<String> fence(List<String> body) {
    List<String> out = new ArrayList<>();
    out.add("```java");
    out.addAll(body);
    out.add("```");
    return out;
  }
}
