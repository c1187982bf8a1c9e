package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.eval.Box;
import dev.llmchem.eval.ChemistryMap;
import dev.llmchem.eval.ChemistryMaps;
import dev.llmchem.eval.Configuration;
import dev.llmchem.eval.EvalOptions;
import dev.llmchem.eval.QualityScale;
import dev.llmchem.eval.Representatives;
import dev.llmchem.eval.SizeGroup;
import dev.llmchem.eval.SizeStats;
import dev.llmchem.eval.TaskEvaluation;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.io.OutputException;
import dev.llmchem.engine.io.OutputTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chem maps}: chemistry maps (paper Figures 3-5) as PNG heat maps. */
@Command(name = "maps", mixinStandardHelpOptions = true,
    description = {"Chemistry maps (SPEC section 9, paper Figures 3-5): for a chosen ensemble E,"
        + " the gain in complementarity CI(E + x) - CI(E) from adding one more member at every"
        + " point x of a grid over the (accuracy, quality) box, drawn as a PNG heat map with"
        + " E's members (white) and centroid (red).",
        "The ensemble is picked as the reference's maps script does: among the configurations"
            + " of --strategy in group N (1 < rows <= 3, 3 < rows <= 5, rows > 5), the one whose"
            + " CI is nearest the 10%% (weak), 50%% (mid) or 90%% (strong) quantile. The box is"
            + " the task-wide extent of all configurations (the reference's; [0,1]^2 on the"
            + " real files) or --box unit."},
    footer = {"", "Examples:", "  chem maps --data runs.csv --out docs/maps",
        "  chem maps --data runs2.csv --group 5 --pick weak,mid,strong --grid 300",
        "  chem maps --data runs.csv --quality-scale normalised --field rao --json"})
final class MapsCommand implements Callable<Integer> {
  /** The box the maps are measured in. */
  enum BoxChoice { TASK, UNIT }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  TaskOptions options;

  @Option(names = "--group", split = ",", defaultValue = "3,5,10", paramLabel = "N",
      description = "Group sizes, comma-separated: 3, 5, 10 (default ${DEFAULT-VALUE}).")
  List<Integer> groups;

  @Option(names = "--strategy", split = ",", defaultValue = "CHEMISTRY", paramLabel = "S",
      description = "Strategies whose configurations to map (default ${DEFAULT-VALUE}).")
  List<Strategy> strategies;

  @Option(names = "--pick", split = ",", defaultValue = "strong", paramLabel = "P",
      description = "weak, mid and/or strong representative (default ${DEFAULT-VALUE}).")
  List<Representatives.Pick> picks;

  @Option(names = "--grid", defaultValue = "150", paramLabel = "G",
      description = "Grid points per axis (default ${DEFAULT-VALUE}, the reference's).")
  int grid;

  @Mixin
  ScaleOption scaleOption;

  @Option(names = "--box", defaultValue = "task", paramLabel = "B",
      description = "task (default: the reference's task-wide box) or unit ([0,1]^2).")
  BoxChoice boxChoice;

  @Option(names = "--field", defaultValue = "ci", paramLabel = "F",
      description = "Gain to draw: ci (default), hv or rao.")
  MapPainter.Field field;

  @Option(names = "--out", defaultValue = "maps", paramLabel = "DIR",
      description = "Folder for the PNGs (created; default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--values", description = "Also write each map's grid as CSV next to its PNG.")
  boolean values;

  @Option(names = "--json", description = "Summary of every map as JSON on stdout.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (grid < 2 || grid > 4000) {
      throw new IllegalArgumentException("--grid must be in [2, 4000], got " + grid);
    }
    List<SizeGroup> sizes = groups.stream().map(MapsCommand::group).toList();
    refuseOverwrites(sizes);
    PrintWriter stdout = spec.commandLine().getOut();
    Analysis an = options.analyse(spec.commandLine().getErr());
    List<TaskAnalysis> tasks = options.tasks(an);
    mkdirs(out);
    JsonGenerator doc = json ? Json.start(stdout) : null;
    if (json) {
      doc.writeStartObject();
      doc.writeArrayFieldStart("maps");
    }
    EvalOptions eo = EvalOptions.defaults().withScale(scaleOption.scale);
    for (int ti = 0; ti < tasks.size(); ti++) {
      TaskEvaluation te = TaskEvaluation.of(an, tasks.get(ti), eo);
      Box box = boxChoice == BoxChoice.TASK ? ChemistryMaps.taskBox(te) : Box.UNIT;
      if (!json) {
        stdout.printf(Locale.ROOT, "Task: %s%nBox: accuracy [%s, %s], quality [%s, %s]%n",
            te.prototype(), box.refX(), box.boundX(), box.refY(), box.boundY());
      }
      StderrProgress progress = options.progress();
      try {
        progress.start("maps", (long) sizes.size() * strategies.size() * picks.size() * grid);
        for (SizeGroup g : sizes) {
          for (Strategy s : strategies) {
            SizeStats st = SizeStats.of(te.configurations().of(s, g, SizeGroup.Rule.RQ1));
            for (Representatives.Pick p : picks) {
              ChemistryMaps.Result r = ChemistryMaps.map(te, box, s, g, p, grid, progress);
              String name = fileName(ti, tasks.size(), g, s, p);
              ObjectNode o = Json.object();
              describe(o, te, g, s, p, st, r);
              if (r != null) {
                Path png = out.resolve(name + ".png");
                MapPainter.write(MapPainter.paint(r.map(), field, subtitle(g, s, p, r),
                    scaleOption.scale == QualityScale.RAW ? "Quality (raw 0-10, clipped)"
                        : "Quality / 10"), png, progress);
                o.put("png", png.toString());
                if (values) {
                  Path csv = out.resolve(name + ".csv");
                  MapValues.write(r.map(), csv, progress);
                  o.put("csv", csv.toString());
                }
              }
              if (json) {
                doc.writeTree(o); // one map's summary at a time
              } else {
                MapValues.text(stdout, o);
              }
            }
          }
        }
      } finally {
        progress.finish();
      }
    }
    if (json) {
      doc.writeEndArray();
      doc.writeNumberField("grid", grid);
      doc.writeStringField("field", field.name().toLowerCase(Locale.ROOT));
      doc.writeStringField("quality_scale", scaleOption.scale.name().toLowerCase(Locale.ROOT));
      doc.writeEndObject();
      Json.finish(doc);
    }
    stdout.flush();
    return 0;
  }

  private String fileName(int task, int tasks, SizeGroup g, Strategy s, Representatives.Pick p) {
    String stem = options.input.data.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return stem + (tasks > 1 ? "-task" + (task + 1) : "") + "-group" + (g.ordinal() + 1) + "_"
        + s.name().toLowerCase(Locale.ROOT) + "-" + p.name().toLowerCase(Locale.ROOT)
        + (scaleOption.scale == QualityScale.RAW ? "" : "-normalised")
        + (field == MapPainter.Field.CI ? "" : "-" + field.name().toLowerCase(Locale.ROOT))
        + (boxChoice == BoxChoice.TASK ? "" : "-unitbox");
  }

  /**
   * Before reading anything: refuses a map file (PNG, or CSV with --values) that would
   * overwrite the --data file (a link in the folder) or the --ingest-report, and an --out
   * that is a file. Map names: {@link #fileName}, "-taskN" after the stem when there are
   * several tasks.
   */
  private void refuseOverwrites(List<SizeGroup> sizes) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputException(out + " (--out)",
          new java.nio.file.FileSystemException(out.toString(), null, "not a folder"));
    }
    String stem = options.input.data.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    StringBuilder names = new StringBuilder();
    for (SizeGroup g : sizes) {
      for (Strategy st : strategies) {
        for (Representatives.Pick p : picks) {
          String rest = fileName(0, 1, g, st, p).substring(stem.length());
          names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(rest));
        }
      }
    }
    Pattern mapFile = Pattern.compile(Pattern.quote(stem) + "(-task\\d+)?(" + names + ")\\."
        + (values ? "(png|csv)" : "png"));
    List<Path> mine = new java.util.ArrayList<>();
    if (Files.isDirectory(out)) {
      try (var entries = Files.list(out)) {
        entries.filter(f -> mapFile.matcher(f.getFileName().toString()).matches())
            .forEach(mine::add);
      } catch (IOException e) {
        // nothing to compare with: the writes will name the problem
      }
    }
    Path report = options.input.ingestReport;
    for (Path other : new Path[] {options.input.data, report}) {
      if (other == null) {
        continue;
      }
      Path parent = other.toAbsolutePath().getParent();
      if (parent != null && OutputTarget.sameFile(parent, out)
          && mapFile.matcher(other.getFileName().toString()).matches()) {
        mine.add(0, other);
      }
      for (Path f : mine) {
        if (OutputTarget.sameFile(f, other)) {
          String named = f.equals(other) ? "" : " " + other;
          throw new IllegalArgumentException("--out " + out + " would write the map file " + f
              + ", which is the " + (other == report ? "--ingest-report file" + named
              + ": one output would overwrite the other" : "--data file" + named
              + ": writing it would destroy the input") + "; name another file or folder");
        }
      }
    }
  }

  private String subtitle(SizeGroup g, Strategy s, Representatives.Pick p, ChemistryMaps.Result r) {
    return String.format(Locale.ROOT, "%s, N=%d, %s %s: trial '%s', %d members",
        options.input.data.getFileName(), g.n(), s, p.name().toLowerCase(Locale.ROOT),
        r.candidate().configuration().trial(), r.candidate().configuration().size());
  }

  private void describe(ObjectNode o, TaskEvaluation te, SizeGroup g, Strategy s,
      Representatives.Pick p, SizeStats st, ChemistryMaps.Result r) {
    o.put("task", te.prototype()).put("n", g.n()).put("strategy", s.name())
        .put("pick", p.name().toLowerCase(Locale.ROOT));
    ObjectNode sz = o.putObject("group_rows");
    sz.put("configurations", st.count()).put("min", st.min()).put("max", st.max());
    EvalTables.put(sz, "mean", st.mean());
    EvalTables.put(sz, "median", st.median());
    if (r == null) {
      o.putNull("trial");
      return;
    }
    Configuration c = r.candidate().configuration();
    o.put("trial", c.trial()).put("ci_unit_box", r.candidate().ci());
    ArrayNode members = o.putArray("members");
    for (int i = 0; i < c.size(); i++) {
      members.addObject().put("model", te.history().modelName(c.model(i)))
          .put("quality", c.quality(i)).put("accuracy", c.accuracy(i));
    }
    ChemistryMap m = r.map();
    o.put("hv0", m.hv0()).put("rao0", m.rao0()).put("ci0", m.ci0());
    MapValues.summary(o, m, field.of(m));
  }

  private static SizeGroup group(int n) {
    for (SizeGroup g : SizeGroup.values()) {
      if (g.n() == n) {
        return g;
      }
    }
    throw new IllegalArgumentException("--group must be 3, 5 or 10, got " + n);
  }

  private static void mkdirs(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }
}
