package dev.llmchem.engine.history;

/**
 * Receives validated history rows one at a time: the {@link HistoryBuilder} of a read, or a
 * live analysis taking appended rows ({@code dev.llmchem.engine.io.RowStream}).
 */
@FunctionalInterface
public interface RowSink {
  /**
   * One row. {@code nums} holds quality, accuracy, generation_accuracy, variance,
   * review_accuracy, latency, temperature in that order (NaN where absent); it is the
   * caller's buffer, valid during the call only.
   */
  void add(String modelName, String taskName, String trialName, String itemName,
      byte strategyCode, double[] nums, long lineNo, String resultText);
}
