package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small wrong things of issue "Reliability, round 2", item 5, and the one-line promise of
 * item 6: each case failed (wrong answer, accepted nonsense or a confusing message) before.
 */
class SmallWrongThingsTest {
  private static final String DEMO = DeterminismCases.DEMO;

  /** A usage error: exit 1, nothing on stdout, the reason then picocli's help hint. */
  private static void assertUsage(CliRun r, String... parts) {
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    String first = r.err().lines().findFirst().orElse("");
    for (String p : parts) {
      assertThat(first).contains(p);
    }
    assertThat(r.err()).doesNotContain("java.lang").doesNotContain("Exception");
  }

  @Test
  void negativeZeroQualityIsZero(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("z.csv"), BadInputTest.HEADER
        + "T 1,m1,t,-0,0.9,RANDOM\nT 1,m2,t,0,0.8,RANDOM\nT 1,m3,t,-0.0,0.7,RANDOM\n");
    CliRun r = CliRun.of("profile", "--data", f.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("-0.0").contains("\"q\" : 0.0");
    // ranks follow accuracy among equal (zero) quality: m1, m2, m3
    assertThat(r.out().indexOf("\"m1\"")).isLessThan(r.out().indexOf("\"m2\""));
  }

  @Test
  void nulInAModelNameIsRejectedNotANewModel(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("n.csv"), BadInputTest.HEADER
        + "T 1,m1,t,5,0.9,RANDOM\nT 1,m1\0,t,6,0.9,RANDOM\n");
    BadInputTest.assertOneLineError(CliRun.of("profile", "--data", f.toString()), "n.csv:3:",
        "contains a NUL character (U+0000)", "--lenient");
  }

  @Test
  void utf16IsNamed(@TempDir Path dir) throws Exception {
    String text = BadInputTest.HEADER + "T 1,m1,t,5,0.9,RANDOM\n";
    Path le = Files.write(dir.resolve("le.csv"), text.getBytes("UTF-16LE"));
    BadInputTest.assertOneLineError(CliRun.of("profile", "--data", le.toString()), "le.csv:1:",
        "looks like UTF-16 text");
    Path bom = Files.write(dir.resolve("bom.csv"), text.getBytes("UTF-16"));
    BadInputTest.assertOneLineError(CliRun.of("profile", "--data", bom.toString()),
        "bom.csv:1:", "is UTF-16 text (byte-order mark 0xFE 0xFF)");
  }

  @Test
  void countsAreValidated() {
    assertUsage(CliRun.of("rank", "--data", DEMO, "--k", "-2"), "'--k'", ">= 1", "-2");
    assertUsage(CliRun.of("rank", "--data", DEMO, "--k", "3,0"), "'--k'", ">= 1");
    assertUsage(CliRun.of("chemistry", "--data", DEMO, "--top", "-1"), "'--top'", ">= 0");
    assertUsage(CliRun.of("recommend", "--data", DEMO, "--size", "-3"), "'--size'", ">= 0");
    assertUsage(CliRun.of("recommend", "--data", DEMO, "--min-size", "0"), "'--min-size'");
  }

  @Test
  void hugeTimeoutSaysTooLarge() {
    assertUsage(CliRun.of("profile", "--data", DEMO, "--timeout", "999999999999h"),
        "'999999999999h' is too large");
    assertUsage(CliRun.of("profile", "--data", DEMO, "--timeout", "PT99999999999999H"),
        "is too large");
  }

  @Test
  void unknownMethodHasNoJavaClassName() {
    assertUsage(CliRun.of("chemistry", "--data", DEMO, "--method", "bogus"),
        "unknown CHEME method 'bogus'", "exact-eq1");
  }

  @Test
  void removedFloatMethodSaysWhy() {
    CliRun r = CliRun.of("chemistry", "--data", DEMO, "--method", "float");
    assertUsage(r, "unknown CHEME method 'float'; expected one of auto, dense, naive,"
        + " exact-eq1 (float was removed: dense is exact and faster)");
  }

  @Test
  void emptyFileNameIsNotTheWorkingFolder() {
    assertUsage(CliRun.of("profile", "--data", ""), "'--data'", "the file name is empty");
  }

  @Test
  void mapsOutOntoAFileSaysSo(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("valid.csv"), "x");
    CliRun r = CliRun.of("maps", "--data", DEMO, "--out", f.toString());
    BadInputTest.assertOneLineError(r, "valid.csv (--out): not a folder");
    assertThat(Files.readString(f)).isEqualTo("x");
  }

  @Test
  void everyRowRejectedIsOneErrorLine(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("all.csv"), BadInputTest.HEADER
        + "T 1,m1,t,abc,0.9,RANDOM\nT 1,m2,t,5,2,RANDOM\n");
    CliRun r = CliRun.of("profile", "--data", f.toString(), "--lenient");
    BadInputTest.assertOneLineError(r, "all.csv: no usable data rows", "2 rejected",
        "first: line 2: quality 'abc'");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }
}
