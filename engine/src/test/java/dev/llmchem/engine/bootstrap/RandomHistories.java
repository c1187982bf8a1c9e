package dev.llmchem.engine.bootstrap;

import java.util.Random;

/** Random small histories for the bootstrap tests: ties, repeated models, CHEMISTRY rows. */
final class RandomHistories {
  private static final String[] TASKS = {"fix the buggy program", "summarise this article",
      "translate into french", "classify the statement"};
  private static final double[] ACC = {0.03, 0.07, 0.3, 0.5, 0.6, 0.8, 0.9, 1.0};
  private static final double[] Q = {4, 6, 8, 9, 10};
  private static final String[] STRATEGY = {"RANDOM", "PERFORMANCE", "CHEMISTRY", "LOCAL"};

  private RandomHistories() { }

  /** A CSV of about {@code trials} trials per task over {@code models} models. */
  static String csv(Random rnd, int tasks, int trials, int models) {
    StringBuilder b = new StringBuilder("trial,model,task,quality,accuracy,strategy\n");
    for (int i = 0; i < tasks * trials; i++) {
      String task = TASKS[rnd.nextInt(Math.min(tasks, TASKS.length))];
      String strategy = STRATEGY[rnd.nextInt(STRATEGY.length)];
      int size = 1 + rnd.nextInt(Math.min(5, models));
      for (int k = 0; k < size; k++) {
        int m = rnd.nextInt(models);
        double a = rnd.nextInt(3) == 0 ? rnd.nextDouble() : ACC[rnd.nextInt(ACC.length)];
        double q = rnd.nextInt(3) == 0 ? 10 * rnd.nextDouble() : Q[rnd.nextInt(Q.length)];
        b.append("Trial_").append(rnd.nextInt(tasks * trials)).append(",m").append(m)
            .append(',').append(task).append(',').append(q).append(',').append(a).append(',')
            .append(strategy).append('\n');
      }
    }
    return b.toString();
  }
}
