package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.engine.LiveAnalysis;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.RowSink;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.io.InputException;
import dev.llmchem.engine.io.RowStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chem watch}: the history, then appended records; one JSON line per applied batch. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Loads the history, then reads appended records of the same format from"
        + " standard input (a header line may come first), or from the --data file as it grows"
        + " (--follow), and applies them in batches: --batch rows, or whatever has arrived when"
        + " the input pauses. After the history and after each batch it prints one JSON line:"
        + " {\"generation\", \"rows\", \"changed_tasks\": [the object chem recommend --json"
        + " prints for each task whose answer changed], \"removed_tasks\", \"changed_pairs\":"
        + " [{\"task\", \"a\", \"b\", \"chem\"}], \"rejected\"}. Only changed tasks are"
        + " recomputed. At the end of input the tasks last printed are what chem recommend"
        + " --json prints for the whole history.",
        "Appended records follow the ingest rules; their line numbers count from the start of"
            + " the stream (--lenient skips bad ones and reports them on stderr)."},
    footer = {"", "Examples:", "  tail -n +2 -f runs.csv | chem watch --data base.csv",
        "  chem watch --data runs.csv --follow --batch 100"})
final class WatchCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  TaskOptions options;

  @Mixin
  LossOptions loss;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
      description = "Worker threads for rebuilt tasks (0 = one per available processor; the"
          + " answer is the same for any N). Default ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--batch", defaultValue = "1000", paramLabel = "N",
      converter = Counts.Positive.class,
      description = "Apply at most N appended rows per batch; a batch is also applied whenever"
          + " the input pauses (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--follow", description = "Follow the --data file as it grows (as tail -f)"
      + " instead of reading standard input; stops on --timeout or Ctrl-C.")
  boolean follow;

  @Option(names = "--from", paramLabel = "FILE", description = "Read appended records from"
      + " FILE (or a FIFO) instead of standard input.")
  Path from;

  @Option(names = "--json", description = "Accepted for symmetry: the output is always JSON"
      + " Lines.")
  boolean json;

  private final Map<String, String> printed = new HashMap<>();
  private PrintWriter out;
  private LiveAnalysis live;
  private long rejected;

  @Override
  public Integer call() throws IOException {
    out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (follow && from != null) {
      throw new IllegalArgumentException("--follow reads the --data file; --from names another"
          + " input: give one of them");
    }
    options.input.taskColumn = options.taskColumn;
    IngestOptions ingest = options.input.ingestOptions();
    long size0 = follow ? Files.size(options.input.data) : -1;
    History h = options.input.ingest(err).history();
    RecommendOptions ro = loss.options(loss.params(), 0, ProgressListener.NONE);
    live = LiveAnalysis.of(h, options.analysisOptions(), ro, threads);
    if (live.snapshot().tasks().isEmpty()) {
      throw new IllegalArgumentException(options.input.data + ": no task left to analyse (only"
          + " CHEMISTRY rows? --keep-chemistry-rows keeps them)");
    }
    print(new LiveAnalysis.Update(live.snapshot(), live.snapshot().tasks(), List.of(),
        List.of()), true);
    String label = follow ? options.input.data.toString() : from != null ? from.toString()
        : "stdin";
    List<String> header = RowStream.header(options.input.data, ingest);
    RowSink stager = live.stager();
    RowSink sink = (m, t, tr, it, s, nums, line, res) -> {
      stager.add(m, t, tr, it, s, nums, line, res);
      if (live.staged() >= batch) {
        flush();
      }
    };
    try (InputStream in = open(size0)) {
      RowStream.read(label, in, ingest, header, sink, issue -> report(err, label, issue));
    } catch (InputException e) {
      flush(); // the rows before the bad one were valid: apply them, then fail on it
      throw e;
    }
    flush();
    return 0;
  }

  private InputStream open(long size0) throws IOException {
    if (follow) {
      return new FollowInput(options.input.data, size0, this::flush, options.input.run.control);
    }
    InputStream raw = from != null ? Files.newInputStream(from) : System.in;
    return new PausingInput(raw, this::flush);
  }

  private void report(PrintWriter err, String label, IngestReport.Issue i) {
    if (i.severity() == IngestReport.Severity.REJECTED) {
      rejected++;
    }
    err.println("chem: " + Main.oneLine(label + ":" + i.line() + ": "
        + i.severity().name().toLowerCase(Locale.ROOT) + ": " + i.reason()));
  }

  /** Applies the staged rows, if any, and prints the batch's line. */
  private void flush() {
    if (live.staged() == 0 && rejected == 0) {
      return;
    }
    try {
      print(live.publish(), false);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** One JSON line: the tasks whose recommend object differs from the last one printed. */
  private void print(LiveAnalysis.Update u, boolean all) throws IOException {
    StringWriter line = new StringWriter();
    try (JsonGenerator g = Json.LINES.getFactory().createGenerator(line)) {
      LiveAnalysis.Snapshot snap = u.snapshot();
      g.writeStartObject();
      g.writeNumberField("generation", snap.generation());
      g.writeNumberField("rows", snap.rows());
      g.writeArrayFieldStart("changed_tasks");
      for (LiveAnalysis.Task t : u.changedTasks()) {
        if (!selected(snap, t)) {
          continue;
        }
        StringWriter one = new StringWriter();
        try (JsonGenerator tg = Json.LINES.getFactory().createGenerator(one)) {
          RecommendCommand.json(tg, t.analysis(), t.chemistry(), t.recommendation(),
              loss.method, loss.size);
        }
        String text = one.toString();
        if (all || !text.equals(printed.get(t.prototype()))) {
          printed.put(t.prototype(), text);
          g.writeRawValue(text);
        }
      }
      g.writeEndArray();
      Json.strings(g, "removed_tasks", u.removedTasks());
      for (String r : u.removedTasks()) {
        printed.remove(r);
      }
      g.writeArrayFieldStart("changed_pairs");
      for (LiveAnalysis.PairChange p : u.changedPairs()) {
        if (!selected(snap, snap.task(p.task()))) {
          continue;
        }
        g.writeStartObject();
        g.writeStringField("task", p.task());
        g.writeStringField("a", p.a());
        g.writeStringField("b", p.b());
        if (p.entry()) {
          g.writeNumberField("chem", p.chem());
        } else {
          g.writeNullField("chem");
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("rejected", rejected);
      g.writeEndObject();
    }
    rejected = 0;
    out.println(line);
    out.flush();
    if (out.checkError()) {
      throw new IOException("write error on standard output");
    }
  }

  /** Whether --task (if given) selects {@code t}. */
  private boolean selected(LiveAnalysis.Snapshot snap, LiveAnalysis.Task t) {
    return options.task == null || snap.taskIndex().clusterOf(options.task) >= 0
        && snap.task(options.task) == t;
  }
}
