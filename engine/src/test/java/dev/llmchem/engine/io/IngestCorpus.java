package dev.llmchem.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bad-input corpus ({@code src/test/resources/corpus/ingest}) and its index
 * {@code EXPECTED.tsv}: one {@link Case} per (file, mode). Shared by the engine and CLI tests.
 */
public final class IngestCorpus {
  private IngestCorpus() { }

  /** Directory of the corpus, relative to the engine module (Surefire's working directory). */
  public static final Path DIR = Path.of("src/test/resources/corpus/ingest");

  /**
   * One expectation. {@code line} is -1 when none is expected; counts are -1 for errors;
   * {@code lines} lists every issue line of an ok outcome.
   */
  public record Case(String file, IngestOptions.Mode mode, boolean error, long line,
      String reason, long used, long warned, long rejected, long blank, List<Long> lines) {
    @Override
    public String toString() {
      return file + " " + mode;
    }
  }

  /** The cases of the corpus under {@code dir}. */
  public static List<Case> cases(Path dir) {
    List<String> rows;
    try {
      rows = Files.readAllLines(dir.resolve("EXPECTED.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> out = new ArrayList<>();
    for (String r : rows) {
      if (r.startsWith("#") || r.startsWith("file\t") || r.isBlank()) {
        continue;
      }
      String[] c = r.split("\t", -1);
      if (c.length != 10) {
        throw new IllegalStateException("EXPECTED.tsv: bad row: " + r);
      }
      List<Long> lines = c[9].equals("-") ? List.of()
          : Arrays.stream(c[9].split(",")).map(Long::valueOf).toList();
      out.add(new Case(c[0], IngestOptions.Mode.valueOf(c[1]), c[2].equals("error"), num(c[3]),
          c[4], num(c[5]), num(c[6]), num(c[7]), num(c[8]), lines));
    }
    return out;
  }

  private static long num(String s) {
    return s.equals("-") ? -1 : Long.parseLong(s);
  }
}
