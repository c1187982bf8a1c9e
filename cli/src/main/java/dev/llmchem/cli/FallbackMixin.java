package dev.llmchem.cli;

import dev.llmchem.engine.recommend.FallbackPolicy;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * RECOMMEND's fallback policies and thresholds (SPEC 7 step 1; the reference's arguments): a
 * picocli mixin of {@code recommend}, and of {@code chem-spark recommend} (public for it).
 */
public final class FallbackMixin {
  @Option(names = "--fallback-good", paramLabel = "single|all", defaultValue = "single",
      description = "Without chemistry entries, when every model of X_Q is good: its single best"
          + " model (default) or all of them.")
  String good;

  @Option(names = "--fallback-bad", paramLabel = "none|single", defaultValue = "none",
      description = "Without chemistry entries, when every model of X_Q is bad: nothing"
          + " (default) or the least bad model.")
  String bad;

  @Option(names = "--hi-a", paramLabel = "A", defaultValue = "0.9",
      description = "A model is good when a >= A and q >= --hi-q (default ${DEFAULT-VALUE}).")
  double hiA;

  @Option(names = "--hi-q", paramLabel = "Q", defaultValue = "9.0",
      description = "Quality bound of a good model (default ${DEFAULT-VALUE}).")
  double hiQ;

  @Option(names = "--lo-a", paramLabel = "A", defaultValue = "0.5",
      description = "A model is bad when a <= A and q <= --lo-q (default ${DEFAULT-VALUE}).")
  double loA;

  @Option(names = "--lo-q", paramLabel = "Q", defaultValue = "5.0",
      description = "Quality bound of a bad model (default ${DEFAULT-VALUE}).")
  double loQ;

  /** The policy; a bad spelling is a usage error naming the option. */
  public FallbackPolicy policy() {
    FallbackPolicy.Good g;
    FallbackPolicy.Bad b;
    try {
      g = FallbackPolicy.Good.valueOf(good.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--fallback-good must be single or all, got '" + good
          + "'");
    }
    try {
      b = FallbackPolicy.Bad.valueOf(bad.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--fallback-bad must be none or single, got '" + bad
          + "'");
    }
    return new FallbackPolicy(g, b, hiA, hiQ, loA, loQ);
  }
}
