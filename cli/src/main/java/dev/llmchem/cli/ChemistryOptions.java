package dev.llmchem.cli;

import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.interaction.InteractionIndex;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code chemistry}'s own options (a picocli mixin of {@code chem chemistry} and of
 * {@code chem-spark chemistry}, public for it): LLMCP's threshold, the CHEME method, the
 * interaction index, witnesses and the text's --top; {@link #check} makes {@code chem}'s
 * checks with its messages.
 */
public final class ChemistryOptions {
  @Option(names = "--tau", defaultValue = "0", paramLabel = "TAU",
      description = "LLMCP threshold: keep pairs with chem > TAU (TAU = 0 keeps every evaluated"
          + " pair, as the reference does). Default ${DEFAULT-VALUE}.")
  double tau;

  @Option(names = "--inclusive", description = "Keep pairs with chem >= TAU (the paper's reading).")
  boolean inclusive;

  @Option(names = "--method", defaultValue = "auto", paramLabel = "M",
      converter = ChemeMethodConverter.class,
      description = "auto (default: dense while |S| <= 64 and |U| <= 30 fit, else exact-eq1),"
          + " dense (exhaustive over the 2^|U| cost table), naive (the oracle: all 2^|S| subsets"
          + " through MIG covering nodes), exact-eq1 (exact for the Eq. 1 cost without"
          + " enumerating subsets: any |U| and |S|, O(|U|^4), with witnesses).")
  ChemeOptions.Method method;

  @Option(names = "--index", defaultValue = "cheme", paramLabel = "INDEX",
      description = "cheme (default: the largest relative second difference, above), shapley"
          + " or banzhaf: the Shapley or Banzhaf interaction index over the players U with"
          + " v(X) = cost(X), the weighted mean of the signed second difference over all"
          + " contexts X (negative: the pair lowers the cost more than its parts, positive:"
          + " less; pairs with a model outside U are 0; --method as for CHEME, exact-eq1 being"
          + " a closed form). JSON entries carry the value under the index's name.")
  String index;

  @Option(names = "--witness", description = "With each pair, print the witness X: the company"
      + " in which the two models interact most (exact-eq1; implied by auto).")
  boolean witness;

  @Option(names = "--top", defaultValue = "40", paramLabel = "N",
      converter = Counts.NonNegative.class,
      description = "Text output: show the N strongest pairs (0 = all). Default ${DEFAULT-VALUE}.")
  int top;

  /** --tau. */
  public double tau() {
    return tau;
  }

  /** --inclusive. */
  public boolean inclusive() {
    return inclusive;
  }

  /** --method as given. */
  public ChemeOptions.Method method() {
    return method;
  }

  /** --witness. */
  public boolean witness() {
    return witness;
  }

  /** --top. */
  public int top() {
    return top;
  }

  /** The method CHEME runs with: exact-eq1 with --witness, else --method. */
  public ChemeOptions.Method run() {
    return witness ? ChemeOptions.Method.EXACT_EQ1 : method;
  }

  /** Whether LLMCP keeps chem &gt; tau only (not --inclusive, tau &gt; 0). */
  public boolean strict() {
    return !inclusive && tau > 0;
  }

  /**
   * chem's checks before reading: --tau in [0, 1], --witness with a method that has witnesses,
   * the bootstrap's, and --index; returns the interaction index of --index, or null for CHEME.
   * CHEME-only options (--tau, --inclusive, --witness, --bootstrap) are refused with another
   * index.
   *
   * @throws IllegalArgumentException naming the option
   */
  public InteractionIndex check(BootstrapMixin boot) {
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
