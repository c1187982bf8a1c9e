package dev.llmchem.spark;

import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.InputFormat;
import java.io.Serializable;

/**
 * What executors need to read a file as {@code chem} does (the engine's
 * {@link IngestOptions} is not serializable): the task column. Executors always read
 * leniently; the driver applies {@code --strict} or the default to the collected problems.
 *
 * @param taskColumn the column read as the task, or null for {@code task}
 */
record ReadOptions(String taskColumn) implements Serializable {
  /** The engine's options for a file of format {@code f}, lenient. */
  IngestOptions ingest(InputFormat f) {
    IngestOptions o = IngestOptions.defaults().withMode(IngestOptions.Mode.LENIENT).withFormat(f);
    return taskColumn == null ? o : o.withTaskColumn(taskColumn);
  }
}
