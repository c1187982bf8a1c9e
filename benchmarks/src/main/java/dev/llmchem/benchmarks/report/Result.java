package dev.llmchem.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One JMH result: suite (class simple name), method, parameters, the median and minimum of
 * the measured iterations (or of the samples' percentiles for sample-time mode), the unit,
 * the p99 when JMH recorded percentiles, the JVM and its arguments.
 *
 * @param file the JSON file it came from (without folder)
 */
public record Result(String file, String suite, String method, Map<String, String> params,
    double median, double min, String unit, int iterations, double p99, String mode,
    String jvm, String jvmArgs) {

  /** Every result in every {@code *.json} of {@code dir}, in file then JMH order. */
  public static List<Result> readDir(Path dir) throws IOException {
    List<Result> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = new ObjectMapper().readTree(f.toFile());
        if (root.isArray()) {
          for (JsonNode b : root) {
            out.add(of(f.getFileName().toString(), b));
          }
        }
      }
    }
    return out;
  }

  static Result of(String file, JsonNode b) {
    String full = b.get("benchmark").asText();
    String[] parts = full.split("\\.");
    Map<String, String> params = new TreeMap<>();
    JsonNode p = b.get("params");
    if (p != null) {
      p.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
    }
    JsonNode pm = b.get("primaryMetric");
    List<Double> raw = new ArrayList<>();
    for (JsonNode fork : pm.path("rawData")) {
      for (JsonNode x : fork) {
        raw.add(x.asDouble());
      }
    }
    JsonNode pct = pm.path("scorePercentiles");
    double median;
    double min;
    if (raw.isEmpty() || b.get("mode").asText().equals("sample")) {
      median = pct.path("50.0").asDouble(pm.get("score").asDouble());
      min = pct.path("0.0").asDouble(median);
    } else {
      double[] r = raw.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      median = r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
      min = r[0];
    }
    double p99 = b.get("mode").asText().equals("sample") ? pct.path("99.0").asDouble(Double.NaN)
        : Double.NaN;
    List<String> args = new ArrayList<>();
    b.path("jvmArgs").forEach(a -> args.add(a.asText()));
    return new Result(file, parts[parts.length - 2], parts[parts.length - 1], params, median, min,
        pm.get("scoreUnit").asText(), raw.size(), p99, b.get("mode").asText(),
        b.path("vmName").asText("") + " " + b.path("jdkVersion").asText(""),
        String.join(" ", args));
  }

  /** Seconds per operation of a time unit such as {@code ms/op}. */
  public static double secondsPer(String unit) {
    return switch (unit) {
      case "s/op" -> 1.0;
      case "ms/op" -> 1e-3;
      case "us/op" -> 1e-6;
      case "ns/op" -> 1e-9;
      default -> throw new IllegalArgumentException("not a time unit: " + unit);
    };
  }

  /** The median in seconds per operation. */
  public double seconds() {
    return median * secondsPer(unit);
  }

  /** The p99 in seconds (NaN unless sample mode). */
  public double p99Seconds() {
    return p99 * secondsPer(unit);
  }

  /** A parameter as an int, or {@code fallback} when absent or not a number. */
  public int intParam(String name, int fallback) {
    String v = params.get(name);
    return v != null && v.chars().allMatch(Character::isDigit) && !v.isEmpty()
        ? Integer.parseInt(v) : fallback;
  }

  /** Key identifying the measurement across runs: suite.method and sorted params. */
  public String key() {
    return suite + "." + method + (params.isEmpty() ? "" : " " + params);
  }

  /** Whether suite, method and every given name=value pair match. */
  public boolean is(String suiteName, String methodName, String... nameValue) {
    if (!suite.equals(suiteName) || !method.equals(methodName)) {
      return false;
    }
    for (int i = 0; i + 1 < nameValue.length; i += 2) {
      if (!nameValue[i + 1].equals(params.get(nameValue[i]))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return key() + " = " + median + " " + unit + " " + Arrays.toString(new double[] {min, p99});
  }
}
