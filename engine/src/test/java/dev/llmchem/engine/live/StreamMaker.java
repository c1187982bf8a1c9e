package dev.llmchem.engine.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random appended streams for the live tests: rows over prompts that come with rewordings
 * (some merge, some stay apart, some merge only once other prompts exist), models that
 * appear over time, accuracies with floor ties (0.03 and 0.07 both floor to 0.1) and exact
 * repeats, CHEMISTRY and odd strategies, and (on request) rejected records and blank lines.
 * One row per CSV line, so a row's line is its index plus 2.
 */
final class StreamMaker {
  static final String HEADER = "trial,model,task,quality,accuracy,strategy";
  private static final String[] BASES = {"fix buggy program", "summarise the article below",
      "translate the sentence to french", "write a haiku about rain", "sort these numbers",
      "explain quantum tunnelling simply", "plan a trip to rome", "classify the review"};
  private static final String[] EXTRA = {"please", "the", "now:", "carefully", "quickly",
      "again", "for me", "briefly"};
  private static final String[] STRATEGIES = {"RANDOM", "PERFORMANCE", "REMOTE", "LOCAL",
      "CHEMISTRY", "", "random"};
  private static final double[] ACC = {0.0, 0.03, 0.07, 0.1, 0.3, 0.5, 0.51, 0.7, 0.9, 1.0};

  private final Random rnd;
  private final List<String> prompts = new ArrayList<>();
  private int models;
  private final boolean dirty;

  StreamMaker(long seed, boolean dirty) {
    this.rnd = new Random(seed);
    this.dirty = dirty;
    this.models = 3 + rnd.nextInt(4);
    prompts.add(BASES[rnd.nextInt(BASES.length)]);
  }

  /** A data row as a CSV line (no line break), or a rejected record / blank line when dirty. */
  String line() {
    if (dirty && rnd.nextInt(25) == 0) {
      return switch (rnd.nextInt(4)) {
        case 0 -> "t1,m1,fix buggy program,x,0.5,RANDOM";
        case 1 -> "t1,m1,fix buggy program,5,1.5,RANDOM";
        case 2 -> "t1,,fix buggy program,5,0.5,RANDOM";
        default -> "";
      };
    }
    if (rnd.nextInt(12) == 0) {
      prompts.add(newPrompt());
    }
    if (rnd.nextInt(20) == 0 && models < 14) {
      models++;
    }
    String task = prompts.get(rnd.nextInt(prompts.size()));
    String model = "m" + rnd.nextInt(models);
    String trial = "t" + rnd.nextInt(8);
    double q = rnd.nextInt(3) == 0 ? 7.5 : Math.round(rnd.nextDouble() * 100) / 10.0;
    double a = rnd.nextInt(3) == 0 ? ACC[rnd.nextInt(ACC.length)]
        : Math.round(rnd.nextDouble() * 1000) / 1000.0;
    String s = STRATEGIES[rnd.nextInt(STRATEGIES.length)];
    return String.join(",", trial, model, task, String.format(Locale.ROOT, "%s", q),
        String.format(Locale.ROOT, "%s", a), s);
  }

  /** A rewording of a known prompt, another base prompt, or a random one. */
  private String newPrompt() {
    int k = rnd.nextInt(3);
    if (k == 0) {
      return BASES[rnd.nextInt(BASES.length)];
    }
    if (k == 1) {
      String p = prompts.get(rnd.nextInt(prompts.size()));
      String w = EXTRA[rnd.nextInt(EXTRA.length)];
      return rnd.nextBoolean() ? w + " " + p : p + " " + w;
    }
    StringBuilder b = new StringBuilder();
    int n = 2 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append("w").append(rnd.nextInt(30));
    }
    return b.toString();
  }

  /** A batch size: mostly small, sometimes large. */
  int batch() {
    return rnd.nextInt(6) == 0 ? 20 + rnd.nextInt(40) : 1 + rnd.nextInt(6);
  }

  Random random() { return rnd; }
}
