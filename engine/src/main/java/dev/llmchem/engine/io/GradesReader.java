package dev.llmchem.engine.io;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.llmchem.engine.grade.GradeSheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a raw peer-grades CSV into a {@link GradeSheet}. Format (see package-info): a header
 * naming {@code trial, id, author, reviewer, grade} (any order, trimmed, case-insensitive;
 * {@code model} aliases {@code author}) and optionally {@code correct}; one row per grade.
 * Any bad row fails the read with a one-line {@link InputException} naming file and line.
 * Memory O(rows); stateless and thread-safe.
 */
public final class GradesReader {
  private GradesReader() { }

  /** Reads {@code file}. @throws InputException on any problem (file, line, reason) */
  public static GradeSheet read(Path file) {
    return read(file, dev.llmchem.engine.control.ProgressListener.NONE);
  }

  /**
   * As above; polls {@code progress.cancelled()} once per 4096 records and stops with
   * {@link dev.llmchem.engine.control.CancelledException}.
   */
  public static GradeSheet read(Path file, dev.llmchem.engine.control.ProgressListener progress) {
    State s = new State(file.toString());
    long[] records = {0};
    CsvRecords.forEach(file, r -> {
      if ((++records[0] & 0xFFF) == 0 && progress.cancelled()) {
        throw new dev.llmchem.engine.control.CancelledException("reading " + file.getFileName()
            + " (" + records[0] + " records)", Double.NaN);
      }
      s.accept(r);
    });
    return s.finish();
  }

  /** Heap per grade: its four columns and its (answer, reviewer) key in the duplicate check. */
  static final int GRADE_BYTES = 4 + 4 + 8 + 8 + 120;

  /** Parse state of one read. */
  private static final class State {
    private final String name;
    private CsvRecord header;
    private int cTrial;
    private int cId;
    private int cAuthor;
    private int cReviewer;
    private int cGrade;
    private int cCorrect;
    private final Map<String, Integer> trials = new HashMap<>();
    private final Map<String, Integer> models = new HashMap<>();
    private final List<String> trialNames = new ArrayList<>();
    private final List<String> modelNames = new ArrayList<>();
    private final Map<String, Integer> answers = new HashMap<>();
    private final Map<String, Long> seen = new HashMap<>();
    private final List<String> items = new ArrayList<>();
    private int[] aTrial = new int[16];
    private int[] aAuthor = new int[16];
    private double[] aCorrect = new double[16];
    private long[] aCorrectLine = new long[16];
    private int[] gAnswer = new int[64];
    private int[] gReviewer = new int[64];
    private double[] gGrade = new double[64];
    private long[] gLine = new long[64];
    private int nAnswers;
    private int nGrades;

    State(String name) {
      this.name = name;
    }

    void accept(CsvRecord r) {
      long line = r.getStartingLineNumber();
      if (header == null) {
        header = r;
        cTrial = need(r, "trial");
        cId = need(r, "id");
        cAuthor = CsvRecords.column(r, "author", "model");
        if (cAuthor < 0) {
          throw new InputException(name, line, "header has no author column (expected trial,"
              + " id, author, reviewer, grade[, correct]; model is accepted for author)");
        }
        cReviewer = need(r, "reviewer");
        cGrade = need(r, "grade");
        cCorrect = CsvRecords.column(r, "correct");
        return;
      }
      if (r.getFieldCount() != header.getFieldCount()) {
        throw new InputException(name, line, "has " + r.getFieldCount()
            + " fields, the header has " + header.getFieldCount());
      }
      String trial = text(r, cTrial, "trial");
      String id = text(r, cId, "id");
      String author = text(r, cAuthor, "author");
      String reviewer = text(r, cReviewer, "reviewer");
      double grade = number(r.getField(cGrade), line, "grade");
      if (!(grade >= 0 && grade <= 10)) {
        throw new InputException(name, line, "grade " + grade + " is outside [0, 10]");
      }
      double correct = correct(r, line);
      int t = intern(trials, trialNames, trial);
      int au = intern(models, modelNames, author);
      int rv = intern(models, modelNames, reviewer);
      String key = trial + '\u0000' + id + '\u0000' + author;
      Integer a = answers.get(key);
      if (a == null) {
        a = newAnswer(key, t, id, au);
      }
      Long dup = seen.putIfAbsent(key + '\u0000' + reviewer, line);
      if (dup != null) {
        throw new InputException(name, line, "duplicate grade: " + reviewer + " already graded"
            + " this answer (trial " + trial + ", id " + id + ", author " + author + ") at line "
            + dup);
      }
      if (!Double.isNaN(correct)) {
        if (!Double.isNaN(aCorrect[a]) && aCorrect[a] != correct) {
          throw new InputException(name, line, "correct is " + correct + " here but "
              + aCorrect[a] + " at line " + aCorrectLine[a] + " for the same answer");
        }
        aCorrect[a] = correct;
        aCorrectLine[a] = line;
      }
      if (nGrades == gGrade.length) {
        int n = 2 * nGrades;
        LimitException.requireHeap((long) n * GRADE_BYTES, name + ": after " + nGrades
            + " grades, growing the grade tables to " + n + " grades", Alternative.FEWER_TRIALS_PER_FILE);
        gAnswer = Arrays.copyOf(gAnswer, n);
        gReviewer = Arrays.copyOf(gReviewer, n);
        gGrade = Arrays.copyOf(gGrade, n);
        gLine = Arrays.copyOf(gLine, n);
      }
      gAnswer[nGrades] = a;
      gReviewer[nGrades] = rv;
      gGrade[nGrades] = grade;
      gLine[nGrades++] = line;
    }

    private int newAnswer(String key, int trial, String id, int author) {
      if (nAnswers == aTrial.length) {
        int n = 2 * nAnswers;
        aTrial = Arrays.copyOf(aTrial, n);
        aAuthor = Arrays.copyOf(aAuthor, n);
        aCorrect = Arrays.copyOf(aCorrect, n);
        aCorrectLine = Arrays.copyOf(aCorrectLine, n);
      }
      aTrial[nAnswers] = trial;
      aAuthor[nAnswers] = author;
      aCorrect[nAnswers] = Double.NaN;
      items.add(id);
      answers.put(key, nAnswers);
      return nAnswers++;
    }

    private double correct(CsvRecord r, long line) {
      if (cCorrect < 0 || r.getField(cCorrect).isBlank()) {
        return Double.NaN;
      }
      String t = r.getField(cCorrect).trim().toLowerCase(Locale.ROOT);
      double c = t.equals("true") ? 1 : t.equals("false") ? 0 : number(t, line, "correct");
      if (!(c >= 0 && c <= 1)) {
        throw new InputException(name, line, "correct " + c + " is outside [0, 1] (1 = the"
            + " answer matches the ground truth; leave it empty when there is none)");
      }
      return c;
    }

    private int need(CsvRecord r, String column) {
      int i = CsvRecords.column(r, column);
      if (i < 0) {
        throw new InputException(name, r.getStartingLineNumber(), "header has no " + column
            + " column (expected trial, id, author, reviewer, grade[, correct])");
      }
      return i;
    }

    private String text(CsvRecord r, int col, String what) {
      String v = r.getField(col);
      if (v.isBlank()) {
        throw new InputException(name, r.getStartingLineNumber(), "missing " + what);
      }
      return v;
    }

    private double number(String cell, long line, String what) {
      String t = cell.trim();
      if (t.isEmpty()) {
        throw new InputException(name, line, "missing " + what);
      }
      if (!Numbers.isDecimal(t.toCharArray(), 0, t.length())) {
        throw new InputException(name, line, what + " '" + cell + "' is not a decimal number");
      }
      return Double.parseDouble(t);
    }

    private static int intern(Map<String, Integer> ids, List<String> names, String s) {
      Integer i = ids.get(s);
      if (i == null) {
        i = names.size();
        ids.put(s, i);
        names.add(s);
      }
      return i;
    }

    GradeSheet finish() {
      if (header == null) {
        throw new InputException(name, 0, "is empty (expected a header: trial, id, author,"
            + " reviewer, grade[, correct])");
      }
      if (nGrades == 0) {
        throw new InputException(name, 0, "has no grades after the header");
      }
      return new GradeSheet(List.copyOf(trialNames), List.copyOf(modelNames),
          Arrays.copyOf(aTrial, nAnswers), List.copyOf(items), Arrays.copyOf(aAuthor, nAnswers),
          Arrays.copyOf(aCorrect, nAnswers), Arrays.copyOf(gAnswer, nGrades),
          Arrays.copyOf(gReviewer, nGrades), Arrays.copyOf(gGrade, nGrades),
          Arrays.copyOf(gLine, nGrades));
    }
  }
}
