package dev.llmchem.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.InputException;
import dev.llmchem.engine.profile.Aggregate;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.task.TaskIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A task column of labels ({@link IngestOptions#withTaskColumn}) analysed without clustering
 * ({@link AnalysisOptions#withTaskClustering}): rows group by the label, so two wordings that
 * clustering would merge stay apart when their labels differ, and unrelated prompts with one
 * label form one task.
 */
class TaskColumnTest {
  private static final String SAME = "summarize this news article about the economy";
  /** The same words in another case: TF-IDF (lower-cased tokens) merges the two. */
  private static final String NEAR = "Summarize this news article about the Economy";
  private static final String CSV = "trial,model,task,Category,quality,accuracy\n"
      + "T1,m1," + SAME + ",news,8,0.9\n"
      + "T1,m2," + SAME + ",news,6,0.7\n"
      + "T1,m1," + NEAR + ",finance,5,0.6\n"
      + "T1,m2," + NEAR + ",finance,9,0.95\n"
      + "T2,m1,write a haiku about autumn leaves,news,7,0.4\n"
      + "T2,m3,translate the contract into german,finance,4,0.8\n";

  @Test
  void clusteringMergesTheWordingsAndKeepsUnrelatedPromptsApart() {
    Analysis an = Analysis.of(HistoryReader.read("h.csv", CSV, IngestOptions.defaults())
        .history(), AnalysisOptions.defaults());
    assertThat(an.taskIndex().prototypes()).containsExactly(SAME,
        "write a haiku about autumn leaves", "translate the contract into german");
    assertThat(an.taskIndex().members(0)).containsExactly(SAME, NEAR);
  }

  @Test
  void aTaskColumnGroupsByItsLabels() {
    History h = HistoryReader.read("h.csv", CSV, IngestOptions.defaults()
        .withTaskColumn(" category ")).history();
    assertThat(h.taskNames()).containsExactly("news", "finance");
    Analysis an = Analysis.of(h, AnalysisOptions.defaults().withTaskClustering(false)
        .withAggregate(Aggregate.MEAN));
    assertThat(an.taskIndex().prototypes()).containsExactly("news", "finance");
    TaskAnalysis news = an.task("news");
    assertThat(news.profiles().taskStrings()).containsExactly("news");
    assertThat(news.profiles().has(news.profiles().indexOf("m3"))).isFalse();
    int m1 = news.profiles().indexOf("m1");
    assertThat(news.profiles().a(m1)).isCloseTo((0.9 + 0.4) / 2, // mean over both prompts
        org.assertj.core.data.Offset.offset(1e-12));
    TaskAnalysis finance = an.task("finance");
    assertThat(finance.usedNames()).containsExactly("m1", "m2", "m3");
    assertThatThrownBy(() -> an.task(SAME)).hasMessageContaining("known tasks: news | finance");
  }

  @Test
  void withoutClusteringEveryDistinctStringIsItsOwnTask() {
    Analysis an = Analysis.of(HistoryReader.read("h.csv", CSV, IngestOptions.defaults()
        .withTaskColumn("task")).history(), AnalysisOptions.defaults().withTaskClustering(false));
    assertThat(an.tasks()).hasSize(4);
    assertThat(an.taskIndex().clusterOf(NEAR)).isEqualTo(1);
    TaskIndex byValue = TaskIndex.byValue(List.of("b", "a", "b", "c"));
    assertThat(byValue.prototypes()).containsExactly("b", "a", "c");
    assertThat(byValue.members(0)).containsExactly("b");
  }

  @Test
  void theTaskColumnIsRequiredAndNamesItselfInMessages() {
    IngestOptions dataset = IngestOptions.defaults().withTaskColumn("dataset");
    assertThatThrownBy(() -> HistoryReader.read("h.csv", CSV, dataset))
        .isInstanceOf(InputException.class)
        .hasMessage("h.csv:1: header has no 'dataset' column (required: trial, model, dataset"
            + " (the task column), quality, accuracy; found: trial, model, task, Category,"
            + " quality, accuracy)");
    String emptyLabel = "trial,model,dataset,quality,accuracy\nT,m,,5,0.5\n";
    assertThatThrownBy(() -> HistoryReader.read("h.csv", emptyLabel, dataset))
        .hasMessage("h.csv:2: missing required field 'dataset'");
    assertThatThrownBy(() -> HistoryReader.read("h.jsonl",
        "{\"trial\":\"T\",\"model\":\"m\",\"task\":\"t\",\"quality\":5,\"accuracy\":0.5}",
        dataset)).hasMessage("h.jsonl:1: missing required field 'dataset'");
    String twice = "trial,model,DataSet,quality,accuracy, dataset\n";
    assertThatThrownBy(() -> HistoryReader.read("h.csv", twice, dataset))
        .hasMessage("h.csv:1: header names column 'dataset' twice (fields 3 'DataSet' and 6"
            + " 'dataset')");
    assertThatThrownBy(() -> IngestOptions.defaults().withTaskColumn("Model"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the task column cannot be 'model': the engine reads that column as model"
            + " (name a column of dataset or category labels, or 'task')");
    assertThatThrownBy(() -> IngestOptions.defaults().withTaskColumn("gen_accuracy"))
        .hasMessageContaining("as generation_accuracy");
    assertThatThrownBy(() -> IngestOptions.defaults().withTaskColumn("  "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
