package dev.llmchem.spark;

import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.io.RowStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;

/**
 * One CSV or JSON Lines file read by the engine's own streaming reader
 * ({@link RowStream}: its parser, validator, messages and line numbers) as an iterator of
 * {@link IngestRows}. The reader pushes rows; Spark pulls them: a daemon thread runs the
 * reader into a bounded queue of batches (memory: 16 batches of 1024 rows, whatever the file
 * size), and stops when the Spark task completes or is killed. gzip is recognised by its
 * magic bytes, as {@code chem} does. The reader runs lenient: the driver applies the mode to
 * the collected problems ({@link IngestSummary}).
 */
final class StreamedFile implements Iterator<Row> {
  /** Opens the file's bytes (on the executor). */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  private static final int BATCH = 1024;
  private static final Object END = new Object();
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
  private final Thread producer;
  private final TaskContext task;
  private volatile boolean closed;
  private List<Row> batch = List.of();
  private int pos;
  private boolean done;

  StreamedFile(String label, int file, Source source, IngestOptions options) {
    producer = new Thread(() -> produce(label, file, source, options), "chem-spark read " + label);
    producer.setDaemon(true);
    task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) c -> close());
    }
    producer.start();
  }

  private void produce(String label, int file, Source source, IngestOptions options) {
    List<Row> out = new ArrayList<>(BATCH);
    Object last = END;
    try (InputStream in = gunzip(source.open())) {
      RowStream.read(label, in, options.withMode(IngestOptions.Mode.LENIENT), null,
          (model, task, trial, item, strategy, nums, line, result) -> {
            out.add(IngestRows.row(IngestRows.ord(file, line), trial, model, task, nums[0],
                nums[1], strategy));
            if (out.size() == BATCH) {
              put(new ArrayList<>(out));
              out.clear();
            }
          }, (IngestReport.Issue i) -> {
            out.add(IngestRows.issue(IngestRows.ord(file, i.line()), label, i));
            if (out.size() == BATCH) {
              put(new ArrayList<>(out));
              out.clear();
            }
          });
      if (!out.isEmpty()) {
        put(out);
      }
    } catch (Stopped e) {
      return;
    } catch (RuntimeException | IOException | Error e) {
      last = e;
    }
    try {
      put(last);
    } catch (Stopped e) {
      // the consumer is gone
    }
  }

  /** Hands an element over, giving up when the task has ended. */
  private void put(Object o) {
    try {
      while (!queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  private void close() {
    closed = true;
    producer.interrupt();
  }

  /** Decompresses gzip input (recognised by its first two bytes, whatever the name). */
  static InputStream gunzip(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }

  @Override
  public boolean hasNext() {
    if (task != null && pos == batch.size()) {
      task.killTaskIfInterrupted(); // a killed task (--timeout, Ctrl-C) stops between batches
    }
    while (!done && pos == batch.size()) {
      Object o;
      try {
        o = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      }
      if (o == END) {
        done = true;
      } else if (o instanceof RuntimeException e) {
        done = true;
        throw e;
      } else if (o instanceof Error e) {
        done = true;
        throw e;
      } else if (o instanceof IOException e) {
        done = true;
        throw new UncheckedIOException(e);
      } else {
        @SuppressWarnings("unchecked")
        List<Row> next = (List<Row>) o;
        batch = next;
        pos = 0;
      }
    }
    return !done || pos < batch.size();
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return batch.get(pos++);
  }

  /** The consumer has gone: the producer stops quietly. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }
}
