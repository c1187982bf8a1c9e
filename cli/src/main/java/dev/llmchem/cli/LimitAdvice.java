package dev.llmchem.cli;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.io.InputException;
import java.util.stream.Collectors;

/**
 * Turns the engine's structured refusals into the CLI's one-line advice: each
 * {@link Alternative} becomes the flag that selects it, and more heap becomes a
 * {@code JAVA_OPTS=-Xmx..} setting (or, beyond this machine's memory, says so). The engine's
 * own messages name no flag; this is the only place that knows both.
 */
final class LimitAdvice {
  private LimitAdvice() { }

  /** "reason; use --method exact-eq1 (or auto) ..., or raise the heap: JAVA_OPTS=-Xmx12g". */
  static String message(LimitException e) {
    if (e.alternatives().isEmpty()) {
      return e.reason();
    }
    return e.reason() + "; " + e.alternatives().stream().map(a -> advice(a, e))
        .collect(Collectors.joining(", or "));
  }

  /** An input error, with the lenient mode offered when it would skip the row. */
  static String message(InputException e) {
    return e.skippableRow() ? e.getMessage() + " (use --lenient to skip such rows and list them)"
        : e.getMessage();
  }

  /** One alternative as the CLI user takes it. */
  static String advice(Alternative a, LimitException e) {
    return switch (a) {
      case MORE_HEAP -> moreHeap(e);
      case FEWER_MODELS -> "restrict the history to fewer models";
      case FEWER_TASKS_OR_MODELS ->
          "restrict the history to fewer tasks or models (e.g. one file per task family)";
      case FEWER_TRIALS_PER_FILE ->
          "split the grades into files of fewer trials (MVLE runs per trial)";
      case STREAMING_OUTPUT -> "write it with --out FILE, which streams";
      case SMALLER_TASK ->
          "pick a smaller task with --task (chem profile prints every task's node count)";
      case SPLIT_INPUT -> "split the history into smaller files";
      case HIGHER_THRESHOLD -> "raise --threshold to use fewer models";
      case HIGHER_TAU -> "keep fewer pairs with a higher --tau (or --top N)";
      case EXACT_EQ1_METHOD ->
          "use --method exact-eq1 (or auto), exact for the Eq. 1 cost at any |U|";
      case DENSE_METHOD -> "use --method dense";
      case LOCAL_SEARCH -> "use --method reference (local search)";
      case EXACT_OF_SIZE -> "--size N for an exact set of N models";
      case SIZE_NEARER_ENDS -> "a --size nearer 1 or |S|";
    };
  }

  /** "raise the heap: JAVA_OPTS=-Xmx12g", or a bigger machine when this one is too small. */
  static String moreHeap(LimitException e) {
    long bytes = e.heapToRequest();
    if (bytes <= 0) {
      return "nothing: no heap holds it";
    }
    long gib = Math.max(1, (bytes + (1L << 30) - 1) >> 30);
    long ram = LimitException.physicalMemory();
    if (ram > 0 && gib << 30 > ram) {
      return "a machine with more than " + LimitException.human(ram) + " of memory (it would"
          + " need -Xmx" + gib + "g)";
    }
    return "raise the heap: JAVA_OPTS=-Xmx" + gib + "g";
  }
}
