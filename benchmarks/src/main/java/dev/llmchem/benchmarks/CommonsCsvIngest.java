package dev.llmchem.benchmarks;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.HistoryBuilder;
import dev.llmchem.engine.history.Strategy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Baseline for the ingest benchmark: the same columnar history built with Apache Commons CSV
 * instead of FastCSV (no validation report: it measures the parser, favouring the baseline).
 */
public final class CommonsCsvIngest {
  private CommonsCsvIngest() { }

  /** Parses {@code file} into a history with Commons CSV. */
  public static History read(Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    HistoryBuilder b = new HistoryBuilder(file.toString(), false);
    double[] nums = new double[7];
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.builder().setReader(in).setFormat(format).get()) {
      int trial = p.getHeaderMap().get("trial");
      int model = p.getHeaderMap().get("model");
      int task = p.getHeaderMap().get("task");
      int id = p.getHeaderMap().get("id");
      int strategy = p.getHeaderMap().get("strategy");
      int[] num = {p.getHeaderMap().get("quality"), p.getHeaderMap().get("accuracy"),
          p.getHeaderMap().get("generation_accuracy"), p.getHeaderMap().get("variance"),
          p.getHeaderMap().get("review_accuracy"), p.getHeaderMap().get("latency"),
          p.getHeaderMap().get("temperature")};
      for (CSVRecord r : p) {
        for (int c = 0; c < 7; c++) {
          String v = r.get(num[c]);
          nums[c] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
        }
        Strategy s = Strategy.parse(r.get(strategy));
        b.add(r.get(model), r.get(task), r.get(trial), r.get(id),
            s == null ? Strategy.NONE : s.code(), nums, r.getCharacterPosition(), null);
      }
    }
    return b.build();
  }
}
