package dev.llmchem.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.benchmarks.report.Result;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws perf-reports/cheme-dense.png: seconds per CHEME call against |U| (log scale) for the
 * JMH results of ChemeDenseBenchmark and the AVX2 C yardstick (wall seconds of its RESULT
 * lines), plus the 1.5 s goal. Usage:
 * {@code java -cp benchmarks.jar dev.llmchem.benchmarks.ChemePlot jmh.json yardstick.txt out.png}
 */
public final class ChemePlot {
  private static final Pattern RESULT = Pattern.compile(
      "^RESULT (\\S+) n=(\\d+) threads=(\\d+) cpu_s=\\S+ wall_s=(\\S+)");

  private ChemePlot() { }

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    Map<String, TreeMap<Integer, Double>> series = new TreeMap<>();
    for (JsonNode b : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
      String name = b.get("benchmark").asText();
      name = "Java " + name.substring(name.lastIndexOf('.') + 1);
      if (name.endsWith("naive")) {
        continue;
      }
      int u = b.get("params").get("u").asInt();
      JsonNode pm = b.get("primaryMetric");
      double sec = pm.get("score").asDouble() * Result.secondsPer(pm.get("scoreUnit").asText());
      series.computeIfAbsent(name, k -> new TreeMap<>()).put(u, sec);
    }
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      Matcher m = RESULT.matcher(line);
      if (m.find() && !m.group(1).equals("naive")) {
        series.computeIfAbsent("C " + m.group(1) + " (" + m.group(3) + " thr)",
            k -> new TreeMap<>()).put(Integer.parseInt(m.group(2)),
            Double.parseDouble(m.group(4)));
      }
    }
    XYChart chart = new XYChartBuilder().width(900).height(560)
        .title("Dense CHEME: seconds per call vs |U| (log scale)").xAxisTitle("|U|")
        .yAxisTitle("seconds").build();
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
    int lo = Integer.MAX_VALUE;
    int hi = 0;
    for (Map.Entry<String, TreeMap<Integer, Double>> e : series.entrySet()) {
      List<Integer> xs = new ArrayList<>(e.getValue().keySet());
      List<Double> ys = new ArrayList<>(e.getValue().values());
      chart.addSeries(e.getKey(), xs, ys);
      lo = Math.min(lo, xs.get(0));
      hi = Math.max(hi, xs.get(xs.size() - 1));
    }
    if (hi > 0) {
      chart.addSeries("goal 1.5 s", List.of(lo, hi), List.of(1.5, 1.5))
          .setMarker(SeriesMarkers.NONE);
    }
    javax.imageio.ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png",
        Path.of(args[2]).toFile());
  }
}
