package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chem watch}: the history, then appended records in batches; one JSON line per batch,
 * and at the end the tasks last printed are {@code chem recommend --json} of the whole file.
 */
class WatchCommandTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final Path RUNS = Path.of("../fixtures/reference/runs.csv");

  @TempDir
  Path dir;

  /** The whole file split at a record boundary: base (header + first rows) and the rest. */
  private List<String> records(Path file) throws Exception {
    List<String> recs = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      cur.append(line).append('\n');
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        }
      }
      if (!quoted) {
        recs.add(cur.toString());
        cur.setLength(0);
      }
    }
    return recs;
  }

  private Map<String, JsonNode> replay(String out) throws Exception {
    Map<String, JsonNode> state = new LinkedHashMap<>();
    long gen = -1;
    for (String line : out.split("\n")) {
      JsonNode d = M.readTree(line);
      assertThat(d.get("generation").asLong()).isEqualTo(gen + 1);
      gen = d.get("generation").asLong();
      for (JsonNode t : d.get("changed_tasks")) {
        state.put(t.get("task").asText(), t);
      }
      for (JsonNode r : d.get("removed_tasks")) {
        state.remove(r.asText());
      }
    }
    return state;
  }

  private void endsAsRecommend(String... extra) throws Exception {
    List<String> recs = records(RUNS);
    int cut = recs.size() / 3;
    Path base = dir.resolve("base.csv");
    Path rest = dir.resolve("rest.csv");
    Files.writeString(base, String.join("", recs.subList(0, cut)));
    Files.writeString(rest, String.join("", recs.subList(cut, recs.size())));
    List<String> args = new ArrayList<>(List.of("watch", "--data", base.toString(), "--from",
        rest.toString(), "--batch", "37"));
    args.addAll(List.of(extra));
    CliRun w = CliRun.of(args.toArray(new String[0]));
    assertThat(w.code()).as(w.err()).isZero();
    String[] lines = w.out().split("\n");
    assertThat(lines.length).isGreaterThan((recs.size() - cut) / 37);
    JsonNode last = M.readTree(lines[lines.length - 1]);
    assertThat(last.get("rows").asLong()).isEqualTo(recs.size() - 1);
    List<String> rargs = new ArrayList<>(List.of("recommend", "--data", RUNS.toString(),
        "--json"));
    rargs.addAll(List.of(extra));
    JsonNode rec = CliRun.json(rargs.toArray(new String[0]));
    Map<String, JsonNode> want = new LinkedHashMap<>();
    for (JsonNode t : rec.get("tasks")) {
      want.put(t.get("task").asText(), t);
    }
    assertThat(replay(w.out())).isEqualTo(want);
  }

  @Test
  void theLastStateIsRecommendOfTheWholeFile() throws Exception {
    endsAsRecommend();
  }

  @Test
  void withOptionsTheLastStateIsRecommendWithTheSameOptions() throws Exception {
    endsAsRecommend("--aggregate", "mean", "--threshold", "0.3", "--size", "3");
  }

  @Test
  void aHeaderLineMayComeFirstAndBadRowsFollowTheIngestRules() throws Exception {
    Path base = dir.resolve("b.csv");
    Files.writeString(base, "trial,model,task,quality,accuracy,strategy\n"
        + "t1,m1,fix it,8,0.9,RANDOM\nt1,m2,fix it,7,0.8,RANDOM\n");
    Path more = dir.resolve("more.csv");
    Files.writeString(more, "trial,model,task,quality,accuracy,strategy\n"
        + "t2,m3,fix it,9,0.95,RANDOM\nt2,m1,fix it,x,0.5,RANDOM\n");
    CliRun fail = CliRun.of("watch", "--data", base.toString(), "--from", more.toString());
    assertThat(fail.code()).isEqualTo(1);
    assertThat(fail.err()).contains(more + ":3: quality").contains("--lenient");
    assertThat(fail.out().split("\n")).hasSize(2); // the history, then the row before the bad one
    assertThat(M.readTree(fail.out().split("\n")[1]).get("rows").asLong()).isEqualTo(3);

    CliRun ok = CliRun.of("watch", "--data", base.toString(), "--from", more.toString(),
        "--lenient");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.err()).contains(more + ":3: rejected: quality");
    JsonNode last = M.readTree(ok.out().split("\n")[1]);
    assertThat(last.get("rejected").asLong()).isEqualTo(1);
    assertThat(last.get("changed_tasks").get(0).get("task").asText()).isEqualTo("fix it");
    assertThat(last.get("changed_pairs").size()).isGreaterThan(0);
    ObjectNode pair = (ObjectNode) last.get("changed_pairs").get(0);
    assertThat(pair.fieldNames()).toIterable().containsExactly("task", "a", "b", "chem");
  }
}
