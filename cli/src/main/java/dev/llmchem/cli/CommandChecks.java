package dev.llmchem.cli;

import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.interaction.InteractionIndex;
import java.util.Locale;

/**
 * The checks a task command makes on its options before reading anything, with chem's
 * messages: {@code chem} and {@code chem-spark} call the same code (public for the latter).
 * Stateless.
 */
public final class CommandChecks {
  private CommandChecks() { }

  /**
   * {@code chemistry}'s options: --tau in [0, 1], --witness with a method that has witnesses,
   * the bootstrap's, and --index; returns the interaction index of --index, or null for CHEME.
   * CHEME-only options (--tau, --inclusive, --witness, --bootstrap) are refused with another
   * index.
   *
   * @throws IllegalArgumentException naming the option
   */
  public static InteractionIndex chemistry(double tau, boolean inclusive, boolean witness,
      ChemeOptions.Method method, String index, BootstrapMixin boot) {
    if (tau < 0 || tau > 1 || Double.isNaN(tau)) {
      throw new IllegalArgumentException("--tau must be in [0, 1], got " + tau);
    }
    if (witness && method != ChemeOptions.Method.AUTO && method != ChemeOptions.Method.EXACT_EQ1) {
      throw new IllegalArgumentException("--witness needs --method exact-eq1 (or auto), not "
          + method.label());
    }
    boot.check();
    String name = index.trim().toLowerCase(Locale.ROOT);
    if (!InteractionOutput.NAMES.contains(name)) {
      throw new IllegalArgumentException("--index must be cheme, shapley or banzhaf, got '"
          + index + "'");
    }
    if (name.equals("cheme")) {
      return null;
    }
    if (boot.on()) {
      throw new IllegalArgumentException("--bootstrap applies to --index cheme only");
    }
    if (tau != 0 || inclusive || witness) {
      throw new IllegalArgumentException((witness ? "--witness" : "--tau and --inclusive")
          + " apply to --index cheme only (the " + name + " index is signed and is not"
          + " thresholded)");
    }
    return InteractionIndex.parse(name);
  }
}
