package dev.llmchem.benchmarks.state;

import dev.llmchem.engine.testutil.Reference;
import dev.llmchem.fixtures.HistoryGenerator;
import dev.llmchem.fixtures.HistorySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names and locations of the data sets the benchmarks use, in one place: the committed real
 * histories (located by the engine's test helper {@link Reference}) and generated histories of a given row
 * count (written once into a cache folder, deterministic by seed).
 */
public final class DataSets {
  /** The real program-repair history (7,486 rows, 3.9 MB). */
  public static final String RUNS2 = "runs2";
  /** The real fake-news history (8,170 rows, 2.8 MB, 6 shifted rows). */
  public static final String RUNS = "runs";
  /** Seed of every generated benchmark history. */
  public static final long SEED = 20261126L;

  private DataSets() { }

  /** A named real history (through {@link Reference}), or a generated one for a row count. */
  public static Path file(String name) {
    if (name.equals(RUNS2) || name.equals(RUNS)) {
      return Reference.file(name + ".csv");
    }
    return generated(Long.parseLong(name));
  }

  /** A generated history with {@code rows} rows, 12 models, 2 tasks, 10 rows per trial. */
  public static Path generated(long rows) {
    return generated(rows, 2);
  }

  /**
   * A many-task production log ({@code chem fixtures --shape many-tasks}): {@code tasks}
   * distinct prompts that do not merge, 16 models, up to 8 per trial, 10 rows per trial.
   */
  public static Path manyTasks(long rows, int tasks) {
    HistorySpec spec = HistorySpec.builder().seed(SEED).models(16).tasks(tasks).wordings(1)
        .maxConfigSize(8).taskStyle(dev.llmchem.fixtures.TaskStyle.PROMPTS)
        .trials((int) Math.max(1, rows / 10)).rows(rows).build();
    return cached("many-tasks-" + rows + "-t" + tasks + "-seed" + SEED, spec);
  }

  /** A generated history with {@code rows} rows, 12 models, {@code tasks} tasks. */
  public static Path generated(long rows, int tasks) {
    HistorySpec spec = HistorySpec.builder().seed(SEED).models(12).tasks(tasks).wordings(2)
        .trials((int) Math.max(1, rows / 10)).rows(rows).unusedShare(0.25).build();
    return cached("history-" + rows + (tasks == 2 ? "" : "-t" + tasks) + "-seed" + SEED, spec);
  }

  /** {@code name}.csv in the cache folder, written from {@code spec} when missing. */
  private static Path cached(String name, HistorySpec spec) {
    Path dir = Path.of(System.getProperty("llmchem.cache", System.getProperty("java.io.tmpdir")),
        "llmchem-bench");
    Path file = dir.resolve(name + ".csv");
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "gen", ".csv");
      HistoryGenerator.write(spec, tmp);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
