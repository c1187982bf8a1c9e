package dev.llmchem.cli;

import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.recommend.FallbackPolicy;
import dev.llmchem.engine.recommend.RecommendParams;
import picocli.CommandLine.Option;

/**
 * RECOMMEND's method and loss parameters: the options {@code recommend} and {@code watch} share
 * (a picocli mixin), and {@code chem-spark recommend} (public for it).
 */
public final class LossOptions {
  @Option(names = "--method", defaultValue = "reference", paramLabel = "M",
      description = "reference (default) or exact.")
  RecommendOptions.Method method;

  @Option(names = "--size", defaultValue = "0", paramLabel = "N",
      converter = Counts.NonNegative.class,
      description = "Exactly N models (0 = any size >= --min-size; default ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--alpha", defaultValue = "0.5", description = "Weight of the inter-group term (default ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--beta", defaultValue = "0.5", description = "Size penalty per model (default ${DEFAULT-VALUE}).")
  double beta;

  @Option(names = "--iters", defaultValue = "10", converter = Counts.NonNegative.class, description = "Hill-climbing moves per start (default ${DEFAULT-VALUE}).")
  int iters;

  @Option(names = "--min-size", defaultValue = "2", paramLabel = "K",
      converter = Counts.Positive.class,
      description = "Smallest ensemble considered (default ${DEFAULT-VALUE}).")
  int minSize;

  /** --method. */
  public RecommendOptions.Method method() {
    return method;
  }

  /** --size (0: any size >= --min-size). */
  public int size() {
    return size;
  }

  /** --min-size. */
  public int minSize() {
    return minSize;
  }

  /** The loss parameters with {@code fallback}'s policy. */
  public RecommendParams params(FallbackPolicy fallback) {
    return new RecommendParams(alpha, beta, iters, minSize, fallback);
  }

  /** The loss parameters with the default fallback policy. */
  RecommendParams params() {
    return new RecommendParams(alpha, beta, iters, minSize);
  }

  /** The options of one run with {@code params} and {@code threads} workers. */
  public RecommendOptions options(RecommendParams params, int threads,
      ProgressListener progress) {
    return new RecommendOptions(method, params, size, threads, progress);
  }
}
