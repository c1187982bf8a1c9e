package dev.llmchem.engine.testutil;

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
 * The one place that locates the reference data committed under {@code fixtures/reference}
 * (the authors' real histories and the reference implementation's goldens; provenance in that
 * folder's README). Engine, CLI and benchmark tests and the benchmarks themselves read it only
 * through this class. The folder is the system property {@code llmchem.reference} when set (the
 * build sets it to the reactor root's folder), else {@code fixtures/reference} found from the
 * working directory or one of its parents. A missing folder or file is an error, never a skip:
 * the parity tests are the project's claim of faithfulness.
 */
public final class Reference {
  /** The system property naming the folder. */
  public static final String PROPERTY = "llmchem.reference";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private Reference() { }

  /** The reference data folder; throws when it cannot be found. */
  public static Path dir() {
    String prop = System.getProperty(PROPERTY);
    if (prop != null && !prop.isEmpty()) {
      Path p = Path.of(prop).toAbsolutePath().normalize();
      if (!Files.isDirectory(p)) {
        throw new IllegalStateException(PROPERTY + "=" + prop + ": no such folder");
      }
      return p;
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("fixtures/reference");
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("fixtures/reference not found from "
        + Path.of("").toAbsolutePath() + ": run inside the repository or set -D" + PROPERTY);
  }

  /** A file of the folder, e.g. {@code runs.csv} or {@code goldens/real-runs.json}. */
  public static Path file(String name) {
    Path p = dir().resolve(name);
    if (!Files.exists(p)) {
      throw new IllegalStateException(p + ": reference file missing (see "
          + dir().resolve("README.md") + ")");
    }
    return p;
  }

  /** Every synthetic golden JSON, sorted by name. */
  public static List<Path> syntheticGoldens() {
    Path d = file("goldens/synthetic");
    try (Stream<Path> s = Files.list(d)) {
      List<Path> out = new ArrayList<>();
      s.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !f.getFileName().toString().equals("design.json"))
          .sorted().forEach(out::add);
      if (out.isEmpty()) {
        throw new IllegalStateException(d + ": no synthetic goldens");
      }
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
