package dev.llmchem.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fit, Summary and Compare on hand-made JMH JSON whose answers are known. */
class ReportToolsTest {

  /** One JMH result of average-time mode with the given raw iterations. */
  static String result(String method, String params, String unit, double... raw) {
    StringBuilder r = new StringBuilder();
    for (double x : raw) {
      r.append(r.length() == 0 ? "" : ",").append(x);
    }
    return "{\"benchmark\":\"dev.llmchem.benchmarks." + method + "\",\"mode\":\"avgt\","
        + "\"jvmArgs\":[\"-Xmx1g\"],\"vmName\":\"VM\",\"jdkVersion\":\"25\","
        + "\"params\":{" + params + "},\"primaryMetric\":{\"score\":" + raw[0] + ","
        + "\"scoreUnit\":\"" + unit + "\",\"rawData\":[[" + r + "]]}}";
  }

  static void write(Path dir, String name, String... results) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), "[" + String.join(",", results) + "]");
  }

  @Test
  void exponentialFitRecoversTheLaw() {
    // t = 0.001 * 2^x exactly: slope ln 2, factor 2; t reaches 1 s at x = log2(1000) = 9.97.
    double[] x = {16, 18, 20, 22};
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 0.001 * Math.pow(2, x[i]);
    }
    Fit f = Fit.exponential(x, y);
    assertThat(f.factor()).isCloseTo(2.0, within(1e-12));
    assertThat(f.at(24)).isCloseTo(0.001 * Math.pow(2, 24), within(1e-6));
    assertThat(f.xAt(1.0)).isCloseTo(Math.log(1000) / Math.log(2), within(1e-9));
  }

  @Test
  void summaryQuotesMediansRatiosAndPlots(@TempDir Path dir) throws IOException {
    // Reference style 3 s vs dense 2 ms at |S| = 12: ratio 1,500. Medians of {1,2,9} = 2.
    write(dir, "ref.json",
        result("ChemeReferenceBenchmark.referenceStyle", "\"s\":\"12\",\"unused\":\"0\"",
            "ms/op", 3000),
        result("ChemeReferenceBenchmark.denseParallel", "\"s\":\"12\",\"unused\":\"0\"",
            "ms/op", 1, 2, 9));
    write(dir, "dense.json",
        result("ChemeDenseBenchmark.denseParallel", "\"u\":\"16\"", "ms/op", 1),
        result("ChemeDenseBenchmark.denseParallel", "\"u\":\"18\"", "ms/op", 4),
        result("ChemeDenseBenchmark.denseParallel", "\"u\":\"20\"", "ms/op", 16));
    String md = Summary.render(dir);
    assertThat(md).contains("**1,500x**").contains("| denseParallel | {s=12, unused=0} | 2.000 |");
    assertThat(md).contains("x2.00 per model").contains("![Exhaustive CHEME");
    assertThat(dir.resolve("cheme-scaling.png")).isRegularFile();
    assertThat(dir.resolve("threads-speedup.png")).doesNotExist();
  }

  @Test
  void compareFlagsChangesAboveTheThreshold(@TempDir Path dir) throws IOException {
    write(dir.resolve("old"), "a.json",
        result("X.fast", "\"u\":\"8\"", "ms/op", 10), result("X.slow", "", "ms/op", 10),
        result("X.gone", "", "ms/op", 1));
    write(dir.resolve("new"), "a.json",
        result("X.fast", "\"u\":\"8\"", "us/op", 5000), result("X.slow", "", "ms/op", 10.5),
        result("X.added", "", "ms/op", 1));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int slower = Compare.report(Result.readDir(dir.resolve("old")),
        Result.readDir(dir.resolve("new")), 4, new StringBuilder(),
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(slower).isEqualTo(1);
    assertThat(out).contains("| X.fast {u=8} | 10.0 ms | 5.00 ms | -50.0% | faster |")
        .contains("| X.slow | 10.0 ms | 10.5 ms | +5.0% | SLOWER |")
        .contains("1 only in the old run, 1 only in the new one");
    assertThat(List.of(out.split("\n"))).noneMatch(l -> l.contains("X.gone |"));
  }
}
