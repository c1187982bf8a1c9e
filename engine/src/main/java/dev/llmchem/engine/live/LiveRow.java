package dev.llmchem.engine.live;

import dev.llmchem.engine.history.Strategy;

/**
 * One appended run given from code: the fields the analysis reads (SPEC section 1), checked
 * as ingest checks them (required text present, quality a number in [0, 10], accuracy in
 * [0, 1]). {@code strategy} may be null (no strategy column) and is matched exactly, as
 * ingest matches it; an unknown name puts the row in no strategy group. {@code line} is the
 * row's 1-based source line if it has one, else 0.
 */
public record LiveRow(String trial, String model, String task, double quality,
    double accuracy, String strategy, long line) {

  public LiveRow {
    require(trial, "trial");
    require(model, "model");
    require(task, "task");
    if (!(quality >= 0.0 && quality <= 10.0)) {
      throw new IllegalArgumentException("quality must be a number in [0, 10], got " + quality);
    }
    if (!(accuracy >= 0.0 && accuracy <= 1.0)) {
      throw new IllegalArgumentException("accuracy must be a number in [0, 1], got "
          + accuracy);
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, got " + line);
    }
  }

  /** A row without strategy or source line. */
  public static LiveRow of(String trial, String model, String task, double quality,
      double accuracy) {
    return new LiveRow(trial, model, task, quality, accuracy, null, 0);
  }

  /** The stored strategy code ({@link Strategy#NONE} for none or an unknown name). */
  public byte strategyCode() {
    if (strategy == null) {
      return Strategy.NONE;
    }
    Strategy s = Strategy.parse(strategy.trim());
    return s == null ? Strategy.NONE : s.code();
  }

  private static void require(String v, String name) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("missing required field '" + name + "'");
    }
    if (v.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(name + " contains a NUL character (U+0000)");
    }
  }
}
