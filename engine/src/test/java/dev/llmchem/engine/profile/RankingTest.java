package dev.llmchem.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.testutil.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
  @Test
  void tiesBreakByMeanThenName() {
    String csv = "trial,model,task,quality,accuracy,strategy\n"
        + "T 1,b,t,5,1.0,RANDOM\nT 1,a,t,5,1.0,RANDOM\nT 2,a,t,5,0.5,RANDOM\n"
        + "T 1,c,t,5,0.9,CHEMISTRY\nT 1,d,t,5,1.0,RANDOM\n";
    var h = HistoryReader.read("t.csv", csv, IngestOptions.defaults()).history();
    List<Ranking.Entry> r = Ranking.rank(h, Ranking.By.MAX);
    assertThat(r).extracting(Ranking.Entry::model).containsExactly("b", "d", "a", "c");
    assertThat(Ranking.top(r, 10)).hasSize(4);
    assertThat(Ranking.top(r, 0)).isEmpty();
    List<Ranking.Entry> byMean = Ranking.rank(h, Ranking.By.MEAN);
    assertThat(byMean).extracting(Ranking.Entry::model).containsExactly("b", "d", "c", "a");
  }

  /** The reference's top-K sets where no tie crosses the cut (its order within ties is arbitrary). */
  @Test
  void realFilesAgreeWithTheReferenceWhereTheCutIsTieFree() {
    var runs = Ranking.rank(HistoryReader.read(Reference.file("runs.csv")).history(), Ranking.By.MAX);
    assertThat(Ranking.top(runs, 5)).extracting(Ranking.Entry::model).containsExactlyInAnyOrder(
        "claude-3-5-sonnet-latest", "gemini-2.0-flash", "o1-mini", "o3-mini", "o4-mini");
    assertThat(Ranking.top(runs, 10)).extracting(Ranking.Entry::model).containsExactlyInAnyOrder(
        "claude-3-5-sonnet-latest", "claude-3-7-sonnet-20250219", "firefunction-v2",
        "gemini-2.0-flash", "gpt-4o", "mixtral:8x22b", "o1-mini", "o3-mini", "o4-mini",
        "qwen2.5:32b");
    // runs2.csv: 11 models reach 1.0, so only "gemini-2.0-flash is not in the top 10" is tie-free
    var runs2 = Ranking.rank(HistoryReader.read(Reference.file("runs2.csv")).history(), Ranking.By.MAX);
    assertThat(Ranking.top(runs2, 10)).extracting(Ranking.Entry::model)
        .doesNotContain("gemini-2.0-flash").hasSize(10);
  }
}
