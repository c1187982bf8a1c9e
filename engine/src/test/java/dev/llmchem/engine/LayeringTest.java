package dev.llmchem.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages form layers: no subpackage of {@code dev.llmchem.engine} refers to a
 * type of the facade package (by import or fully qualified name), and the facade package holds
 * only the facade. Read from the sources, so a new upward reference fails here.
 */
class LayeringTest {
  private static final Path MAIN = Path.of("src/main/java/dev/llmchem/engine");
  private static final Pattern ROOT_TYPE =
      Pattern.compile("dev\\.llmchem\\.engine\\.([A-Z]\\w*)");

  @Test
  void noSubpackageReachesUpToTheFacade() throws IOException {
    List<String> upward = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getParent().equals(MAIN)).toList()) {
        Matcher m = ROOT_TYPE.matcher(Files.readString(f));
        while (m.find()) {
          upward.add(MAIN.relativize(f) + " -> " + m.group(1));
        }
      }
    }
    assertThat(upward).as("subpackage references to the facade package").isEmpty();
  }

  @Test
  void theFacadePackageHoldsTheFacade() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(MAIN)) {
      names = files.filter(p -> p.toString().endsWith(".java"))
          .map(p -> p.getFileName().toString().replace(".java", "")).sorted().toList();
    }
    assertThat(names).containsExactlyInAnyOrder("Analysis", "Bootstrap", "ChemeOptions", "ChemeRunner",
        "Chemistry", "LiveAnalysis", "MethodChoice", "RecommendOptions", "TaskAnalysis", "TaskRunner",
        "package-info");
  }
}
