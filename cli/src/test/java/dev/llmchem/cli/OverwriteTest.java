package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output option may name an input: refused up front, before anything is read or written,
 * in one line naming both options (exit 1), the input untouched; by path, through a symbolic
 * link, or by the same path when the file does not exist yet. {@code grade --out} may be the
 * --runs file: replaced atomically, keeping its permissions; a --out that is a symbolic link is
 * written through.
 */
class OverwriteTest {
  @TempDir
  Path dir;

  private Path demoCopy(String name) throws IOException {
    return Files.copy(Path.of(DeterminismCases.DEMO), dir.resolve(name));
  }

  private static void assertRefused(CliRun r, String line) {
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("chem: " + line + System.lineSeparator());
  }

  @Test
  void anIngestReportOntoTheDataIsRefused() throws IOException {
    Path v = demoCopy("v.csv");
    byte[] before = Files.readAllBytes(v);
    for (String cmd : List.of("profile", "rank", "chemistry", "recommend", "mig", "eval")) {
      assertRefused(CliRun.of(cmd, "--data", v.toString(), "--ingest-report", v.toString()),
          "--ingest-report " + v + " and --data " + v + " are the same file: writing it would"
              + " destroy the input; name another file");
    }
    assertThat(Files.readAllBytes(v)).isEqualTo(before);
  }

  @Test
  void throughASymbolicLinkOrAnotherSpellingToo() throws IOException {
    Path v = demoCopy("v.csv");
    byte[] before = Files.readAllBytes(v);
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), v);
    assertRefused(CliRun.of("profile", "--data", v.toString(), "--ingest-report",
        link.toString()), "--ingest-report " + link + " and --data " + v + " are the same file:"
            + " writing it would destroy the input; name another file");
    Path other = dir.resolve("sub/../v.csv");
    assertRefused(CliRun.of("profile", "--data", link.toString(), "--ingest-report",
        other.toString()), "--ingest-report " + other + " and --data " + link + " are the same"
            + " file: writing it would destroy the input; name another file");
    assertThat(Files.readAllBytes(v)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    // a file that does not exist yet: the same path is refused before "no such file"
    Path missing = dir.resolve("missing.csv");
    assertRefused(CliRun.of("profile", "--data", missing.toString(), "--ingest-report",
        dir.resolve("./missing.csv").toString()), "--ingest-report " + dir.resolve(
            "./missing.csv") + " and --data " + missing + " are the same file: writing it would"
            + " destroy the input; name another file");
    assertThat(missing).doesNotExist();
  }

  @Test
  void gradeOutOntoTheGradesIsRefused() throws IOException {
    Path grades = Files.writeString(dir.resolve("g.csv"), OutputFailureTest.GRADES);
    assertRefused(CliRun.of("grade", "--grades", grades.toString(), "--out", grades.toString()),
        "--out " + grades + " and --grades " + grades + " are the same file: writing it would"
            + " destroy the input; name another file");
    assertThat(grades).hasContent(OutputFailureTest.GRADES.strip());
  }

  @Test
  void gradeOutOntoTheRunsKeepsTheirPermissions() throws IOException {
    Path grades = Files.writeString(dir.resolve("g.csv"), OutputFailureTest.GRADES);
    Path runs = Files.writeString(dir.resolve("gr_runs.csv"), OutputFailureTest.RUNS);
    Files.setPosixFilePermissions(runs, PosixFilePermissions.fromString("rw-r-----"));
    CliRun r = CliRun.of("grade", "--grades", grades.toString(), "--runs", runs.toString(),
        "--out", runs.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(runs).content().contains("review_accuracy");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(runs)))
        .isEqualTo("rw-r-----");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("g.csv",
          "gr_runs.csv");
    }
  }

  /** Decided: a --out that is a symbolic link is written through; the link stays a link. */
  @Test
  void gradeOutThroughASymbolicLinkReplacesItsTarget(@TempDir Path elsewhere) throws IOException {
    Path grades = Files.writeString(dir.resolve("g.csv"), OutputFailureTest.GRADES);
    Path runs = Files.writeString(elsewhere.resolve("runs.csv"), OutputFailureTest.RUNS);
    Path link = Files.createSymbolicLink(dir.resolve("runs-link.csv"), runs);
    CliRun r = CliRun.of("grade", "--grades", grades.toString(), "--runs", link.toString(),
        "--out", link.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(runs).content().contains("review_accuracy");
    Path toGrades = Files.createSymbolicLink(dir.resolve("g-link.csv"), grades);
    assertRefused(CliRun.of("grade", "--grades", grades.toString(), "--out",
        toGrades.toString()), "--out " + toGrades + " and --grades " + grades + " are the same"
            + " file: writing it would destroy the input; name another file");
  }

  @Test
  void aMapFileOntoTheIngestReportIsRefused() throws IOException {
    Path v = demoCopy("v.csv");
    Path maps = Files.createDirectory(dir.resolve("maps"));
    Path report = maps.resolve("v-group1_chemistry-strong.csv");
    assertRefused(CliRun.of("maps", "--data", v.toString(), "--out", maps.toString(),
        "--group", "3", "--values", "--ingest-report", report.toString()),
        "--out " + maps + " would write the map file " + report + ", which is the"
            + " --ingest-report file: one output would overwrite the other; name another file"
            + " or folder");
    // a link named as a map file, pointing at the data
    Path png = Files.createSymbolicLink(maps.resolve("v-group1_chemistry-strong.png"), v);
    byte[] before = Files.readAllBytes(v);
    assertRefused(CliRun.of("maps", "--data", v.toString(), "--out", maps.toString(),
        "--group", "3"), "--out " + maps + " would write the map file " + png + ", which is the"
            + " --data file " + v + ": writing it would destroy the input; name another file or"
            + " folder");
    assertThat(Files.readAllBytes(v)).isEqualTo(before);
  }
}
