package dev.llmchem.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.LiveAnalysis;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.io.RowStream;
import dev.llmchem.engine.profile.Aggregate;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.testutil.Seeds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The live contract on random streams: after every batch the snapshot equals a full rebuild
 * ({@code Analysis.of} over the concatenated rows, then CHEME and RECOMMEND), for every
 * aggregation, several thresholds, CHEMISTRY rows dropped and kept, clustered prompts and task
 * labels, with new prompts (rewordings that merge), new models and (through the reader)
 * rejected rows and blank lines. Seeds are printed; {@code -Dllmchem.seed=N} replays one.
 */
class LiveDifferentialTest {
  private static final int STREAMS = Integer.getInteger("llmchem.live.streams", 4);
  private static final int BATCHES = Integer.getInteger("llmchem.live.batches", 14);

  static Stream<Arguments> configs() {
    RecommendOptions ref = RecommendOptions.defaults();
    RecommendOptions exact3 = RecommendOptions.defaults()
        .withMethod(RecommendOptions.Method.EXACT).withSize(3);
    return Stream.of(
        Arguments.of(AnalysisOptions.defaults(), ref),
        Arguments.of(AnalysisOptions.defaults().withAggregate(Aggregate.MEAN), ref),
        Arguments.of(AnalysisOptions.defaults().withAggregate(Aggregate.LAST)
            .withThreshold(0.3), ref),
        Arguments.of(AnalysisOptions.defaults().withChemistryRows(true).withThreshold(0.8), ref),
        Arguments.of(AnalysisOptions.defaults().withAggregate(Aggregate.MEAN)
            .withChemistryRows(true), exact3),
        Arguments.of(AnalysisOptions.defaults().withTaskClustering(false), ref),
        Arguments.of(AnalysisOptions.defaults().withAggregate(Aggregate.LAST),
            new RecommendOptions(RecommendOptions.Method.REFERENCE,
                new RecommendParams(0.3, 0.1, 5, 2), 0, 1,
                dev.llmchem.engine.control.ProgressListener.NONE)));
  }

  @ParameterizedTest
  @MethodSource("configs")
  void rowsFromCodeMatchARebuildAfterEveryBatch(AnalysisOptions o, RecommendOptions ro) {
    long base = Seeds.seed("live code rows " + o);
    for (int s = 0; s < STREAMS; s++) {
      long seed = base + s;
      StreamMaker mk = new StreamMaker(seed, false);
      StringBuilder all = new StringBuilder(StreamMaker.HEADER).append('\n');
      int rows = 0;
      int n0 = 1 + mk.random().nextInt(40);
      for (int i = 0; i < n0; i++, rows++) {
        all.append(mk.line()).append('\n');
      }
      LiveAnalysis live = LiveAnalysis.of(read(all, IngestOptions.defaults()).history(), o, ro,
          1 + mk.random().nextInt(2));
      check(live.snapshot(), all, o, ro, true, "seed " + seed + " initial");
      for (int b = 0; b < BATCHES; b++) {
        List<LiveRow> batch = new ArrayList<>();
        for (int i = mk.batch(); i > 0; i--, rows++) {
          String line = mk.line();
          all.append(line).append('\n');
          batch.add(row(line, rows + 2));
        }
        LiveAnalysis.Snapshot before = live.snapshot();
        LiveAnalysis.Update u = batch.size() == 1 && mk.random().nextBoolean()
            ? live.append(batch.get(0)) : live.append(batch);
        assertThat(u.snapshot()).isSameAs(live.snapshot());
        assertThat(u.snapshot().generation()).isEqualTo(before.generation() + 1);
        assertThat(u.snapshot().rows()).isEqualTo(rows);
        check(u.snapshot(), all, o, ro, true, "seed " + seed + " batch " + b);
        unchangedTasksKeepTheirObjects(before, u);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("configs")
  void rowsFromAReaderMatchARebuildAfterEveryBatch(AnalysisOptions o, RecommendOptions ro)
      throws Exception {
    long base = Seeds.seed("live stream rows " + o);
    IngestOptions lenient = IngestOptions.defaults().withMode(IngestOptions.Mode.LENIENT);
    for (int s = 0; s < STREAMS; s++) {
      long seed = base + s;
      StreamMaker mk = new StreamMaker(seed, true);
      StringBuilder all = new StringBuilder(StreamMaker.HEADER).append('\n');
      for (int i = 1 + mk.random().nextInt(30); i > 0; i--) {
        all.append(mk.line()).append('\n');
      }
      LiveAnalysis live = LiveAnalysis.of(read(all, lenient).history(), o, ro, 1);
      List<String> header = List.of(StreamMaker.HEADER.split(","));
      for (int b = 0; b < BATCHES; b++) {
        StringBuilder chunk = new StringBuilder(b == 0 && mk.random().nextBoolean()
            ? StreamMaker.HEADER + "\n" : "");
        for (int i = mk.batch(); i > 0; i--) {
          chunk.append(mk.line()).append('\n');
        }
        all.append(chunk.toString().startsWith("trial,") ? chunk.substring(
            StreamMaker.HEADER.length() + 1) : chunk);
        List<IngestReport.Issue> issues = new ArrayList<>();
        RowStream.read("stdin", new ByteArrayInputStream(chunk.toString()
            .getBytes(StandardCharsets.UTF_8)), lenient, header, live.stager(), issues::add);
        LiveAnalysis.Update u = live.publish();
        check(u.snapshot(), all, o, ro, false, "seed " + seed + " batch " + b);
      }
    }
  }

  /** A task absent from the update's changed list is the previous snapshot's object, or relined. */
  private static void unchangedTasksKeepTheirObjects(LiveAnalysis.Snapshot before,
      LiveAnalysis.Update u) {
    Map<String, LiveAnalysis.Task> was = new HashMap<>();
    for (LiveAnalysis.Task t : before.tasks()) {
      was.put(t.prototype(), t);
    }
    for (LiveAnalysis.Task t : u.snapshot().tasks()) {
      if (u.changedTasks().contains(t)) {
        continue;
      }
      LiveAnalysis.Task old = was.get(t.prototype());
      assertThat(old).as("an unchanged task existed before: " + t.prototype()).isNotNull();
      if (t != old) { // relined: new profiles of the same values, same chemistry answers
        assertThat(t.chemistry().matrix()).isSameAs(old.chemistry().matrix());
        assertThat(t.recommendation()).isSameAs(old.recommendation());
      }
    }
  }

  private static void check(LiveAnalysis.Snapshot snap, CharSequence all, AnalysisOptions o,
      RecommendOptions ro, boolean lines, String where) {
    IngestOptions io = IngestOptions.defaults().withMode(IngestOptions.Mode.LENIENT);
    Analysis rebuilt = Analysis.of(read(all, io).history(), o);
    LiveChecks.assertMatches(snap, rebuilt, ro, lines, where);
  }

  private static dev.llmchem.engine.io.Ingested read(CharSequence csv, IngestOptions io) {
    return HistoryReader.read("all.csv", csv.toString(), io);
  }

  /** A generated CSV line as a row from code, with its line in the concatenated file. */
  static LiveRow row(String line, long lineNo) {
    String[] f = line.split(",", -1);
    return new LiveRow(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
        f[5], lineNo);
  }
}
