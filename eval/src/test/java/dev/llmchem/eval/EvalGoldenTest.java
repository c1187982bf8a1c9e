package dev.llmchem.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.testutil.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Our RQ1-RQ3 tables and maps inputs on runs.csv and runs2.csv equal what the reference
 * printed (goldens/eval), to the 3 decimals it printed: every number of every row.
 */
class EvalGoldenTest {
  /** Half a unit of the third decimal (plus rounding slack). */
  private static final double PRINTED = 5e-4 + 1e-9;
  private static final Map<String, TaskEvaluation> CACHE = new ConcurrentHashMap<>();

  static TaskEvaluation eval(String file) {
    return CACHE.computeIfAbsent(file, f -> {
      Analysis an = Analysis.of(HistoryReader.read(Reference.file(f + ".csv")).history(),
          AnalysisOptions.defaults());
      return TaskEvaluation.of(an, an.tasks().get(0), EvalOptions.defaults());
    });
  }

  @Test
  void rq1MatchesTheReference() {
    // rq1.txt labels runs.csv "(Task 1)" and runs2.csv "(Task 3)" (runs3.csv is Task 2).
    check(eval("runs"), EvalGoldens.rq1(1));
    check(eval("runs2"), EvalGoldens.rq1(3));
  }

  private static void check(TaskEvaluation te, List<EvalGoldens.Rq1> golden) {
    List<Rq1Row> ours = Rq1.rows(te, ProgressListener.NONE);
    assertThat(golden).hasSize(3);
    for (int i = 0; i < 3; i++) {
      Rq1Row r = ours.get(i);
      EvalGoldens.Rq1 g = golden.get(i);
      String at = te.prototype() + " N=" + g.n();
      assertThat(r.group().n()).as(at).isEqualTo(g.n());
      assertThat(r.chemistry()).as(at + " chemistry").isCloseTo(g.chemistry(), within(PRINTED));
      assertThat(r.bestBaseline()).as(at + " best").isCloseTo(g.best(), within(PRINTED));
      assertThat(r.improvementPct()).as(at + " improvement").isCloseTo(g.improvement(), within(PRINTED));
      assertThat(r.baselineAbbreviation()).as(at + " baseline").isEqualTo(g.baseline());
    }
  }

  @Test
  void rq2MatchesTheReference() {
    String[] files = {"runs", "runs2"};
    for (int f = 0; f < files.length; f++) {
      List<Rq2Row> ours = Rq2.rows(eval(files[f]), ProgressListener.NONE);
      List<EvalGoldens.Rq2> golden = EvalGoldens.rq2(f);
      List<EvalGoldens.Diag> diag = EvalGoldens.rq2Diagnostics(f);
      assertThat(golden).hasSize(3);
      for (int i = 0; i < 3; i++) {
        Rq2Row r = ours.get(i);
        EvalGoldens.Rq2 g = golden.get(i);
        String at = files[f] + " " + g.group();
        assertThat(r.group().rangeLabel()).as(at).isEqualTo(g.group());
        assertThat(r.n()).as(at + " n").isEqualTo(g.n());
        if (g.r() == null) {
          assertThat(r.note()).as(at + " no r printed").isEqualTo("constant");
        } else {
          assertThat(r.r()).as(at + " r").isCloseTo(g.r(), within(PRINTED));
          assertThat(r.p()).as(at + " p").isCloseTo(g.p(), within(PRINTED));
          assertThat(r.strength()).as(at + " strength").isEqualTo(g.strength());
          assertThat(r.stars().isEmpty() ? "No" : "Yes" + r.stars()).as(at + " significance")
              .isEqualTo(g.significant());
        }
        Rq2Row.Distribution d = r.chemistry();
        assertThat(new double[] {d.min(), d.max(), d.mean(), d.std()}).as(at + " diagnostics")
            .containsExactly(new double[] {diag.get(i).min(), diag.get(i).max(), diag.get(i).mean(),
                diag.get(i).std()}, within(PRINTED));
      }
    }
  }

  @Test
  void rq3MatchesTheReference() {
    String[] files = {"runs", "runs2"};
    for (int f = 0; f < files.length; f++) {
      List<Rq3Row> ours = Rq3.rows(eval(files[f]), ProgressListener.NONE);
      List<EvalGoldens.Rq3> golden = EvalGoldens.rq3(f);
      assertThat(golden).hasSize(3);
      for (int i = 0; i < 3; i++) {
        Rq3Row r = ours.get(i);
        EvalGoldens.Rq3 g = golden.get(i);
        String at = files[f] + " " + g.group();
        assertThat(capitalised(r.complexity())).as(at).isEqualTo(g.complexity());
        assertThat(r.group().rangeLabel()).as(at).isEqualTo(g.group());
        assertThat(r.n()).as(at + " n").isEqualTo(g.n());
        assertThat(r.importance()).as(at + " importance").isCloseTo(g.importance(), within(PRINTED));
        assertThat(r.rComplementarity()).as(at + " r(a)").isCloseTo(g.rA(), within(PRINTED));
        assertThat(r.rEffectiveness()).as(at + " r(b)").isCloseTo(g.rB(), within(PRINTED));
        assertThat(yesNo(r.pComplementarity())).as(at + " sig(a)").isEqualTo(g.sigA());
        assertThat(yesNo(r.pEffectiveness())).as(at + " sig(b)").isEqualTo(g.sigB());
      }
    }
  }

  private static String yesNo(double p) {
    String s = Rq3Row.stars(p);
    return s.isEmpty() ? "No" : "Yes" + s;
  }

  private static String capitalised(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  @Test
  void mapsLogMatchesTheReference() {
    for (String f : new String[] {"runs", "runs2"}) {
      TaskEvaluation te = eval(f);
      List<double[]> golden = EvalGoldens.mapGroupStats(f);
      List<String> longOnes = new ArrayList<>();
      assertThat(golden).hasSize(5);
      for (int i = 0; i < 5; i++) {
        Strategy s = Rq1.ORDER.get(i);
        List<Configuration> cs = te.configurations().of(s, SizeGroup.N10, SizeGroup.Rule.RQ1);
        SizeStats st = SizeStats.of(cs);
        double[] g = golden.get(i);
        assertThat(new double[] {st.min(), st.max(), st.median()}).as(f + " " + s)
            .containsExactly(g[0], g[1], g[3]);
        assertThat(st.mean()).as(f + " " + s + " mean").isCloseTo(g[2], within(0.005 + 1e-9));
        cs.stream().filter(c -> c.rows() > 10)
            .forEach(c -> longOnes.add(s + "|" + c.trial() + "|" + c.rows()));
      }
      // runs2.csv: two RANDOM trials reuse a name across runs, so their configurations merge
      // rows of two dates (12 and 13 rows); the reference prints both.
      assertThat(longOnes).as(f).containsExactlyElementsOf(EvalGoldens.mapLongConfigurations(f))
          .hasSize(f.equals("runs2") ? 2 : 0);
    }
  }

  @Test
  void mapBaselinesMatchTheReferencePngs() {
    // Titles of goldens/maps/runs-group{1,2,3}_chemistry-strong.png: "Baseline CI=0.992",
    // "1.000", "1.000" (read off the images; the maps script prints no numbers).
    TaskEvaluation te = eval("runs");
    Box box = ChemistryMaps.taskBox(te);
    assertThat(box).isEqualTo(Box.UNIT);
    double[] titles = {0.992, 1.000, 1.000};
    for (SizeGroup g : SizeGroup.values()) {
      ChemistryMaps.Result r = ChemistryMaps.map(te, box, Strategy.CHEMISTRY, g,
          Representatives.Pick.STRONG, 20, ProgressListener.NONE);
      assertThat(r.map().ci0()).as(g.name()).isCloseTo(titles[g.ordinal()], within(PRINTED));
    }
  }
}
