package dev.llmchem.engine.testutil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates {@code ../shared} (real histories and the reference's goldens). Tests that need it
 * skip cleanly when it is absent on a developer machine, but fail under CI (env CI=true),
 * where the parity tests must run.
 */
public final class Shared {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private Shared() { }

  /** The shared folder, or a skipped test (an error under CI) when it is missing. */
  public static Path dir() {
    String prop = System.getProperty("llmchem.shared", "../shared");
    Path p = Path.of(prop).toAbsolutePath().normalize();
    boolean present = Files.isDirectory(p.resolve("data"));
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but the shared data folder is missing: " + p);
    }
    assumeTrue(present, "shared data folder not found at " + p + ": skipping");
    return p;
  }

  /** A file under {@code shared/data}. */
  public static Path data(String name) {
    return dir().resolve("data").resolve(name);
  }

  /** Every synthetic golden JSON, sorted by name. */
  public static List<Path> syntheticGoldens() {
    Path d = dir().resolve("data/goldens/synthetic");
    try (Stream<Path> s = Files.list(d)) {
      List<Path> out = new ArrayList<>();
      s.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !f.getFileName().toString().equals("design.json"))
          .sorted().forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a golden JSON file (lenient: accepts Infinity/NaN as numbers). */
  public static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
