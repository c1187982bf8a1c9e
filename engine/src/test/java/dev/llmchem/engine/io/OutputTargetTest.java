package dev.llmchem.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {
  @TempDir
  Path dir;

  private static void write(OutputTarget t, String text) {
    Writer w = t.writer(StandardCharsets.UTF_8);
    try {
      w.write(text);
    } catch (IOException e) {
      throw t.fail(e);
    }
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aNewFileAppearsOnlyAtCommitAndNoTemporaryStays() throws IOException {
    Path f = dir.resolve("out.csv");
    try (OutputTarget t = OutputTarget.file(f, "--out")) {
      write(t, "a,b\n");
      t.stream().flush();
      assertThat(f).doesNotExist();
      assertThat(names()).singleElement().asString()
          .isEqualTo(".out.csv" + OutputTarget.TEMP_MARK + ProcessHandle.current().pid());
      t.commit();
    }
    assertThat(f).hasContent("a,b");
    assertThat(names()).containsExactly("out.csv");
    Path plain = Files.writeString(dir.resolve("plain"), "x");
    assertThat(Files.getPosixFilePermissions(f)).as("umask default, as `> file` gives")
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void anUncommittedTargetLeavesTheOldFileAsItWas() throws IOException {
    Path f = Files.writeString(dir.resolve("runs.csv"), "old\n");
    try (OutputTarget t = OutputTarget.file(f, "--out")) {
      write(t, "new, but never committed\n".repeat(10_000));
      t.stream().flush();
    }
    assertThat(f).hasContent("old");
    assertThat(names()).containsExactly("runs.csv");
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    Path f = Files.writeString(dir.resolve("runs.csv"), "old\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
    try (OutputTarget t = OutputTarget.file(f, "--out")) {
      write(t, "new\n");
      t.commit();
    }
    assertThat(f).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aSymbolicLinkIsWrittenThrough(@TempDir Path elsewhere) throws IOException {
    Path real = Files.writeString(elsewhere.resolve("real.csv"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
    try (OutputTarget t = OutputTarget.file(link, "--out")) {
      write(t, "new\n");
      t.commit();
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"),
        elsewhere.resolve("later.csv"));
    try (OutputTarget t = OutputTarget.file(dangling, "--out")) {
      write(t, "created\n");
      t.commit();
    }
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(elsewhere.resolve("later.csv")).hasContent("created");
  }

  @Test
  void aDeviceIsWrittenInPlaceAndAFullOneFailsNamingTheTarget() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "needs Linux /dev/full");
    OutputTarget t = OutputTarget.file(full, "--out");
    assertThatThrownBy(() -> {
      write(t, "x".repeat(100_000));
      t.commit();
    }).isInstanceOf(OutputException.class)
        .hasMessage("cannot write to /dev/full (--out): No space left on device");
    assertThat(Files.isRegularFile(full)).as("the device is not replaced by a file").isFalse();
    assertThat(t.failure()).isNotNull();
    assertThatThrownBy(t::commit).isSameAs(t.failure());
  }

  @Test
  void standardOutputFailuresPassThroughAPrintWriter() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")), "needs Linux /dev/full");
    try (OutputStream full = new FileOutputStream("/dev/full")) {
      OutputTarget t = OutputTarget.stdout(full);
      PrintWriter pw = new PrintWriter(t.writer(StandardCharsets.UTF_8), true);
      assertThatThrownBy(() -> pw.println("{ }")).isInstanceOf(OutputException.class)
          .hasMessage("cannot write to standard output: No space left on device")
          .matches(e -> !((OutputException) e).brokenPipe());
    }
  }

  @Test
  void folderProblemsAreNamed() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    assertThatThrownBy(() -> OutputTarget.file(sub, "--out").stream())
        .hasMessage("cannot write to " + sub + " (--out): is a directory");
    Path missing = dir.resolve("no/such/x.csv");
    assertThatThrownBy(() -> OutputTarget.file(missing, null).preflight())
        .hasMessage("cannot write to " + missing + ": no such directory");
    assertThatThrownBy(() -> OutputTarget.file(missing, null).stream())
        .hasMessage("cannot write to " + missing + ": no such directory");
  }

  @Test
  void aStopBeforeTheRenameKeepsTheOldFile() throws IOException {
    Path f = Files.writeString(dir.resolve("runs.csv"), "old\n");
    try (OutputTarget t = OutputTarget.file(f, "--out")) {
      write(t, "new\n");
      assertThatThrownBy(() -> t.commit(ProgressListener.timeout(Duration.ZERO)))
          .isInstanceOf(CancelledException.class)
          .hasMessageContaining("the replacement of " + f + " (--out), which was left as it was");
    }
    assertThat(f).hasContent("old");
    assertThat(names()).containsExactly("runs.csv");
    try (OutputTarget t = OutputTarget.file(f, "--out")) {
      write(t, "new\n");
      t.commit(ProgressListener.NONE);
    }
    assertThat(f).hasContent("new");
  }

  @Test
  void leftoversOfDeadProcessesAreRemovedByTheNextWrite() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    String prefix = ".out.csv" + OutputTarget.TEMP_MARK;
    Files.writeString(dir.resolve(prefix + gone.pid()), "half a file");
    Files.writeString(dir.resolve(prefix + gone.pid() + "-1"), "half a file");
    Files.writeString(dir.resolve(prefix + "1"), "pid 1 is alive: maybe a writer");
    Files.writeString(dir.resolve(".other.csv" + OutputTarget.TEMP_MARK + gone.pid()), "not ours");
    try (OutputTarget t = OutputTarget.file(dir.resolve("out.csv"), "--out")) {
      write(t, "done\n");
      t.commit();
    }
    assertThat(names()).containsExactly(".other.csv" + OutputTarget.TEMP_MARK + gone.pid(),
        prefix + "1", "out.csv");
  }

  @Test
  void sameFileSeesLinksAndPathsThatDoNotExistYet() throws IOException {
    Path data = Files.writeString(dir.resolve("v.csv"), "x");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data);
    Path hard = Files.createLink(dir.resolve("hard.csv"), data);
    assertThat(OutputTarget.sameFile(data, link)).isTrue();
    assertThat(OutputTarget.sameFile(hard, data)).isTrue();
    assertThat(OutputTarget.sameFile(dir.resolve("sub/../v.csv"), data)).isTrue();
    assertThat(OutputTarget.sameFile(dir.resolve("new.csv"), dir.resolve("./new.csv"))).isTrue();
    assertThat(OutputTarget.sameFile(dir.resolve("new.csv"), data)).isFalse();
    assertThatThrownBy(() -> OutputTarget.requireDistinct("--ingest-report", link, "--data",
        data, true)).isInstanceOf(IllegalArgumentException.class).hasMessage("--ingest-report "
            + link + " and --data " + data + " are the same file: writing it would destroy the"
            + " input; name another file");
    OutputTarget.requireDistinct("--out", dir.resolve("other.csv"), "--data", data, true);
    OutputTarget.requireDistinct("--out", null, "--data", data, true);
  }
}
