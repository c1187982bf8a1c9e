package dev.llmchem.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** The summary's PNG plots, each a family of series keyed by method over one parameter. */
final class Plots {
  private Plots() { }

  /** One plotted family: x parameter, y value per result, which results, axis titles. */
  record Spec(String file, String title, String xParam, String xTitle, String yTitle,
      boolean logX, boolean logY, Predicate<Result> include, ToDoubleFunction<Result> y) { }

  /** Series name (method plus any params other than x) to sorted (x, y) points. */
  static Map<String, TreeMap<Double, Double>> series(List<Result> results, Spec spec) {
    Map<String, TreeMap<Double, Double>> out = new TreeMap<>();
    for (Result r : results) {
      String xv = r.params().get(spec.xParam());
      if (!spec.include().test(r) || xv == null || !xv.matches("[0-9.]+")) {
        continue;
      }
      StringBuilder name = new StringBuilder(r.method());
      r.params().forEach((k, v) -> {
        if (!k.equals(spec.xParam())) {
          name.append(' ').append(k).append('=').append(v);
        }
      });
      out.computeIfAbsent(name.toString(), k -> new TreeMap<>())
          .put(Double.parseDouble(xv), spec.y().applyAsDouble(r));
    }
    out.values().removeIf(m -> m.size() < 2);
    return out;
  }

  /** Draws the family; returns false (and writes nothing) when it has no series. */
  static boolean draw(List<Result> results, Spec spec, Path dir,
      Map<String, String> legendSuffix) throws IOException {
    Map<String, TreeMap<Double, Double>> s = series(results, spec);
    if (s.isEmpty()) {
      return false;
    }
    XYChart chart = new XYChartBuilder().width(900).height(560).title(spec.title())
        .xAxisTitle(spec.xTitle()).yAxisTitle(spec.yTitle()).build();
    chart.getStyler().setXAxisLogarithmic(spec.logX());
    chart.getStyler().setYAxisLogarithmic(spec.logY());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setDecimalPattern("#,##0.######");
    for (Map.Entry<String, TreeMap<Double, Double>> e : s.entrySet()) {
      chart.addSeries(e.getKey() + legendSuffix.getOrDefault(e.getKey(), ""),
          new ArrayList<>(e.getValue().keySet()), new ArrayList<>(e.getValue().values()));
    }
    javax.imageio.ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png",
        dir.resolve(spec.file()).toFile());
    return true;
  }

  /** "x1.98 per model" legend suffixes from fits over x &gt;= {@code fromX}. */
  static Map<String, String> growthSuffixes(Map<String, TreeMap<Double, Double>> s, double fromX) {
    Map<String, String> out = new TreeMap<>();
    s.forEach((name, pts) -> {
      Fit f = fit(pts, fromX);
      if (f.points() >= 3) {
        out.put(name, String.format(Locale.ROOT, " (x%.2f per model)", f.factor()));
      }
    });
    return out;
  }

  /** Exponential fit of the points with x &gt;= fromX. */
  static Fit fit(TreeMap<Double, Double> pts, double fromX) {
    Map<Double, Double> tail = pts.tailMap(fromX, true);
    double[] x = tail.keySet().stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = tail.values().stream().mapToDouble(Double::doubleValue).toArray();
    return Fit.exponential(x, y);
  }
}
