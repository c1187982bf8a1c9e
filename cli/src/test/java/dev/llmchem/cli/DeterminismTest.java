package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical JSON across runs and thread counts (1, 2, 8): every
 * {@link DeterminismCases} command runs in-process with each count (twice when it takes no
 * --threads) and its stdout must equal the first run's, byte for byte. Across JDKs:
 * {@code CrossJdkIT}.
 */
class DeterminismTest {
  static final int[] THREADS = {1, 2, 8};

  @Test
  void fixturesGiveTheSameBytesForAnyThreadCount(@TempDir Path dir) {
    check(DeterminismCases.fixtures(DeterminismCases.writeU20(dir.resolve("u20.csv"))));
  }

  @Test
  void explanationsAndBootstrapsGiveTheSameBytesForAnyThreadCount(@TempDir Path dir) {
    check(DeterminismCases.trust(DeterminismCases.writeU20(dir.resolve("u20.csv")),
        DeterminismCases.writeS28(dir.resolve("s28.csv"))));
  }

  @Test
  void realHistoriesGiveTheSameBytesForAnyThreadCount() {
    check(DeterminismCases.bootstrap(Reference.file("runs.csv").toString(),
        Reference.file("runs2.csv").toString()));
    check(DeterminismCases.real(Reference.file("runs.csv").toString(),
        Reference.file("runs2.csv").toString()));
  }

  static void check(List<DeterminismCases.Case> cases) {
    for (DeterminismCases.Case c : cases) {
      String first = null;
      for (int run = 0; run < (c.threaded() ? THREADS.length : 2); run++) {
        int threads = THREADS[run % THREADS.length];
        CliRun r = CliRun.of(c.withThreads(threads));
        assertThat(r.code()).as("%s: %s", c.label(), r.err()).isZero();
        assertThat(r.out()).as(c.label()).startsWith("{").contains("\"tasks\"");
        if (first == null) {
          first = r.out();
        } else {
          assertThat(r.out()).as("%s with --threads %d differs from --threads 1", c.label(),
              threads).isEqualTo(first);
        }
      }
    }
  }
}
