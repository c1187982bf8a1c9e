package dev.llmchem.engine.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.llmchem.engine.grade.Consensus;
import dev.llmchem.engine.grade.GradeSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes consensus-grading results as CSV: either a runs file rewritten with its
 * {@code quality, generation_accuracy, variance, review_accuracy, accuracy} cells replaced
 * on every row matched by (trial, model, id) to an answer (trial, author, id), or a new CSV
 * with one row per answer. Other cells and unmatched rows are copied unchanged; missing
 * columns are appended. Numbers are written in shortest round-trip form
 * ({@link Double#toString}), an undefined value (NaN) as an empty cell. Output is LF-ended,
 * quoted only where needed. Streams the runs file; stateless and thread-safe.
 */
public final class GradedRunsWriter {
  /** The columns written, in this order when appended or in a new CSV. */
  public static final List<String> COLUMNS =
      List.of("quality", "generation_accuracy", "variance", "review_accuracy", "accuracy");

  private GradedRunsWriter() { }

  /**
   * What a rewrite matched.
   *
   * @param rows data rows of the runs file
   * @param updated rows whose columns were replaced
   * @param firstUnmatchedLine line of the first row without grades, 0 if none
   * @param answersWithoutRow answers that matched no runs row
   */
  public record Stats(long rows, long updated, long firstUnmatchedLine, int answersWithoutRow) {
  }

  /**
   * Streams {@code runs} to {@code out} with the graded columns replaced.
   *
   * @throws InputException when the runs file cannot be read, lacks a trial, model or id
   *     column, or has a row with a different number of fields than its header
   */
  public static Stats rewrite(Path runs, GradeSheet sheet, Consensus.Columns cols, Writer out) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int a = 0; a < sheet.answers(); a++) {
      byKey.put(key(sheet.trials().get(sheet.answerTrial(a)),
          sheet.models().get(sheet.answerAuthor(a)), sheet.answerItem().get(a)), a);
    }
    boolean[] hit = new boolean[sheet.answers()];
    CsvWriter csv = writer(out);
    String name = runs.toString();
    int[] idx = new int[3];
    int[] target = new int[COLUMNS.size()];
    int[] width = {0};
    long[] counts = new long[3];
    CsvRecords.forEach(runs, r -> {
      List<String> fields = new ArrayList<>(r.getFields());
      if (width[0] == 0) {
        String[] need = {"trial", "model", "id"};
        for (int i = 0; i < 3; i++) {
          idx[i] = CsvRecords.column(r, need[i]);
          if (idx[i] < 0) {
            throw new InputException(name, r.getStartingLineNumber(), "header has no "
                + need[i] + " column (rows are matched to grades by trial, model and id)");
          }
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
          target[c] = c == 1 ? CsvRecords.column(r, "generation_accuracy", "gen_accuracy")
              : CsvRecords.column(r, COLUMNS.get(c));
          if (target[c] < 0) {
            target[c] = fields.size();
            fields.add(COLUMNS.get(c));
          }
        }
        width[0] = r.getFieldCount();
        csv.writeRecord(fields);
        return;
      }
      counts[0]++;
      if (r.getFieldCount() != width[0]) {
        throw new InputException(name, r.getStartingLineNumber(), "has " + r.getFieldCount()
            + " fields, the header has " + width[0]);
      }
      Integer a = byKey.get(key(r.getField(idx[0]), r.getField(idx[1]), r.getField(idx[2])));
      while (fields.size() < width[0] + appended(target, width[0])) {
        fields.add("");
      }
      if (a == null) {
        if (counts[2] == 0) {
          counts[2] = r.getStartingLineNumber();
        }
      } else {
        counts[1]++;
        hit[a] = true;
        double[] v = values(cols, a);
        for (int c = 0; c < v.length; c++) {
          fields.set(target[c], format(v[c]));
        }
      }
      csv.writeRecord(fields);
    });
    if (width[0] == 0) {
      throw new InputException(name, 0, "is empty (expected a header with trial, model, id)");
    }
    flush(csv);
    int missing = 0;
    for (boolean h : hit) {
      missing += h ? 0 : 1;
    }
    return new Stats(counts[0], counts[1], counts[2], missing);
  }

  /** Writes one row per answer: trial, model, id and {@link #COLUMNS}. */
  public static void writeAnswers(GradeSheet sheet, Consensus.Columns cols, Writer out) {
    CsvWriter csv = writer(out);
    List<String> head = new ArrayList<>(List.of("trial", "model", "id"));
    head.addAll(COLUMNS);
    csv.writeRecord(head);
    for (int a = 0; a < sheet.answers(); a++) {
      List<String> row = new ArrayList<>();
      row.add(sheet.trials().get(sheet.answerTrial(a)));
      row.add(sheet.models().get(sheet.answerAuthor(a)));
      row.add(sheet.answerItem().get(a));
      for (double v : values(cols, a)) {
        row.add(format(v));
      }
      csv.writeRecord(row);
    }
    flush(csv);
  }

  private static int appended(int[] target, int width) {
    int n = 0;
    for (int t : target) {
      n += t >= width ? 1 : 0;
    }
    return n;
  }

  private static double[] values(Consensus.Columns c, int a) {
    return new double[] {c.quality(a), c.generationAccuracy(a), c.variance(a),
        c.reviewAccuracy(a), c.accuracy(a)};
  }

  private static String key(String trial, String model, String id) {
    return trial + '\u0000' + model + '\u0000' + id;
  }

  private static String format(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  private static CsvWriter writer(Writer out) {
    return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
  }

  private static void flush(CsvWriter csv) {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
