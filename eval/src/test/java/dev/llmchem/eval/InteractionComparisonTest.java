package dev.llmchem.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.interaction.InteractionIndex;
import dev.llmchem.engine.interaction.InteractionMatrix;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.testutil.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

/**
 * CHEME, Shapley and Banzhaf side by side on the real histories (docs/interaction.md): per
 * task, the rank correlations of the pairs of U (Spearman's rho, Kendall's tau-b, commons-math3)
 * and the top pairs of each index. The tables are computed here and must equal the block
 * between the markers in docs/interaction.md, so the page cannot drift from the engine
 * (on a mismatch the message holds the new block).
 */
class InteractionComparisonTest {
  private static final Path DOC = Path.of("../docs/interaction.md");
  private static final String BEGIN = "<!-- comparison:begin (InteractionComparisonTest) -->\n";
  private static final String END = "<!-- comparison:end -->";
  private static final int TOP = 5;

  /** One pair of U with its three values. */
  record Pair(String a, String b, double chem, double shapley, double banzhaf) { }

  @Test
  void theDocumentHoldsTheComputedComparison() throws IOException {
    StringBuilder md = new StringBuilder();
    for (String file : List.of("runs.csv", "runs2.csv")) {
      Analysis an = Analysis.of(HistoryReader.read(Reference.file(file)).history(),
          AnalysisOptions.defaults());
      for (TaskAnalysis t : an.tasks()) {
        task(md, file, t);
      }
    }
    String doc = Files.readString(DOC);
    int b = doc.indexOf(BEGIN);
    int e = doc.indexOf(END);
    assertThat(b).as("markers in " + DOC).isNotNegative();
    String block = doc.substring(b + BEGIN.length(), e);
    assertThat(block).as("docs/interaction.md is out of date; the new block:\n" + md)
        .isEqualTo(md.toString());
  }

  private static void task(StringBuilder md, String file, TaskAnalysis t) {
    Chemistry c = t.chemistry();
    // the closed form: pairs that tie in exact arithmetic tie here too (the dense kernel's
    // values differ from it by ~1e-16, enough to order ties at random)
    ChemeOptions exact = ChemeOptions.defaults().withMethod(ChemeOptions.Method.EXACT_EQ1);
    InteractionMatrix sh = t.interactions(InteractionIndex.SHAPLEY, exact);
    InteractionMatrix bz = t.interactions(InteractionIndex.BANZHAF, exact);
    List<String> u = t.usedNames();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < u.size(); i++) {
      for (int j = i + 1; j < u.size(); j++) {
        String a = u.get(i);
        String b = u.get(j);
        pairs.add(new Pair(a, b, c.chem(a, b), sh.value(a, b), bz.value(a, b)));
      }
    }
    md.append(String.format(Locale.ROOT, "**%s, \"%s\"** (|U| = %d, %d pairs)%n%n", file,
        t.prototype(), u.size(), pairs.size()));
    md.append("| pairs ranked by | Spearman rho | Kendall tau-b | distinct values |\n");
    md.append("|---|---|---|---|\n");
    row(md, pairs, "CHEME vs \\|Shapley\\|", Pair::chem, p -> Math.abs(p.shapley()));
    row(md, pairs, "CHEME vs \\|Banzhaf\\|", Pair::chem, p -> Math.abs(p.banzhaf()));
    row(md, pairs, "Shapley vs Banzhaf (signed)", Pair::shapley, Pair::banzhaf);
    md.append('\n');
    md.append("| rank | CHEME | Shapley (by \\|value\\|) | Banzhaf (by \\|value\\|) |\n");
    md.append("|---|---|---|---|\n");
    List<Pair> byChem = top(pairs, Pair::chem);
    List<Pair> bySh = top(pairs, p -> Math.abs(p.shapley()));
    List<Pair> byBz = top(pairs, p -> Math.abs(p.banzhaf()));
    for (int k = 0; k < Math.min(TOP, pairs.size()); k++) {
      md.append(String.format(Locale.ROOT, "| %d | %s %.4g | %s %.4g | %s %.4g |%n", k + 1,
          names(byChem.get(k)), byChem.get(k).chem(), names(bySh.get(k)), bySh.get(k).shapley(),
          names(byBz.get(k)), byBz.get(k).banzhaf()));
    }
    md.append(String.format(Locale.ROOT, "| ties at the top | %d | %d | %d |%n%n",
        ties(pairs, Pair::chem), ties(pairs, p -> Math.abs(p.shapley())),
        ties(pairs, p -> Math.abs(p.banzhaf()))));
    // under Eq. 1 a pair's index is that of its lower-ranked member (section 3)
    md.append("| rank | model | penalty | Shapley | Banzhaf | pairs with a better-ranked model |\n");
    md.append("|---|---|---|---|---|---|\n");
    int[] members = t.used().members();
    for (int r = 1; r < members.length; r++) {
      String m = t.profiles().name(members[r]);
      String better = t.profiles().name(members[0]);
      md.append(String.format(Locale.ROOT, "| %d | %s | %.4g | %.5g | %.5g | %d |%n", r + 1, m,
          t.used().penalty(r), sh.value(better, m), bz.value(better, m), r));
    }
    md.append('\n');
  }

  private static void row(StringBuilder md, List<Pair> pairs, String label,
      ToDoubleFunction<Pair> x, ToDoubleFunction<Pair> y) {
    double[] xs = pairs.stream().mapToDouble(x).toArray();
    double[] ys = pairs.stream().mapToDouble(y).toArray();
    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d / %d |%n", label,
        corr(new SpearmansCorrelation().correlation(xs, ys)),
        corr(new KendallsCorrelation().correlation(xs, ys)), distinct(xs), distinct(ys)));
  }

  private static String corr(double r) {
    return Double.isNaN(r) ? "undefined (constant)" : String.format(Locale.ROOT, "%.3f", r);
  }

  private static long distinct(double[] v) {
    return java.util.Arrays.stream(v).distinct().count();
  }

  private static List<Pair> top(List<Pair> pairs, ToDoubleFunction<Pair> key) {
    return pairs.stream().sorted(Comparator.comparingDouble((Pair p) -> -key.applyAsDouble(p))
        .thenComparing(Pair::a).thenComparing(Pair::b)).toList();
  }

  /** How many pairs share the largest value. */
  private static long ties(List<Pair> pairs, ToDoubleFunction<Pair> key) {
    double max = pairs.stream().mapToDouble(key).max().orElse(Double.NaN);
    return pairs.stream().filter(p -> key.applyAsDouble(p) == max).count();
  }

  private static String names(Pair p) {
    return p.a() + " + " + p.b();
  }
}
