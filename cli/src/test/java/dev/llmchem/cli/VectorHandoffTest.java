package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The parts of {@link VectorHandoff} a process is not needed for: the child's stderr passed on
 * without the JVM's incubator warning, byte for byte otherwise; a lifted deadline stands the
 * watchdog down; no hand-off in-process. The whole path runs in {@link VectorHandoffIT}.
 */
class VectorHandoffTest {
  private static String passed(String childStderr) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorHandoff.passStderr(new ByteArrayInputStream(
        childStderr.getBytes(StandardCharsets.UTF_8)), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theIncubatorWarningIsDroppedAndNothingElse() {
    String w = VectorHandoff.WARNING + "\n";
    String line = "chem: chemistry: stopped after 3.0 s (--timeout 3s) during dense CHEME\n";
    assertThat(passed(w + line)).isEqualTo(line);
    assertThat(passed(w)).isEmpty();
    assertThat(passed(w + "\r 12% [===   ]\r 40% [=====  ]" + w))
        .isEqualTo("\r 12% [===   ]\r 40% [=====  ]" + w); // only the first line is the JVM's
    assertThat(passed(line + w)).isEqualTo(line + w);
    assertThat(passed("")).isEmpty();
    assertThat(passed("short")).isEqualTo("short");
    assertThat(passed("WARNING: Using incubator modules: jdk.incubator.vector,x\nok\n"))
        .isEqualTo("WARNING: Using incubator modules: jdk.incubator.vector,x\nok\n");
    String big = "é".repeat(50_000) + "\n";
    assertThat(passed(w + big)).isEqualTo(big);
  }

  @Test
  void aLiftedDeadlineStandsTheWatchdogDown() throws Exception {
    RunControl control = new RunControl();
    control.timeout(Duration.ofMillis(20));
    AtomicInteger exits = new AtomicInteger();
    StringWriter text = new StringWriter();
    Watchdog w = new Watchdog("chemistry", control, new PrintWriter(text), () -> false,
        code -> exits.incrementAndGet(), Duration.ofMillis(50));
    w.arm();
    control.liftDeadline(); // the run went to a second JVM
    Thread.sleep(400);
    assertThat(w.fired()).isFalse();
    assertThat(exits).hasValue(0);
    assertThat(text.toString()).isEmpty();
    assertThat(control.nanosLeft()).isEqualTo(Long.MAX_VALUE);
    assertThat(control.stopRequested()).isFalse();
  }

  @Test
  void aHandOffPaysWhenItsTermsOutweighASecondRead() {
    long t28 = dev.llmchem.engine.cheme.DenseCheme.terms(28); // 2.5e10: ~6.3 s saved
    long t30 = dev.llmchem.engine.cheme.DenseCheme.terms(30); // 1.2e11: ~29 s saved
    long second = 1_000_000_000L;
    assertThat(VectorHandoff.pays(t28, second / 2)).isTrue(); // a small history
    assertThat(VectorHandoff.pays(t28, 6 * second)).isFalse(); // its read took 6 s
    assertThat(VectorHandoff.pays(t30, 20 * second)).isTrue();
    assertThat(VectorHandoff.pays(t30, 40 * second)).isFalse();
    assertThat(VectorHandoff.pays(0, 0)).isFalse();
    assertThat(VectorHandoff.pays(2 * t28, 10 * second)).isTrue(); // two tasks at 28
  }

  @Test
  void inProcessRunsNeverHandOff() {
    assertThat(VectorHandoff.enabled).isFalse();
    assertThat(VectorHandoff.wanted(Path.of("pom.xml"), List.of(),
        dev.llmchem.engine.ChemeOptions.Method.AUTO, new RunControl())).isFalse();
    assertThat(VectorHandoff.inheritedNanos()).isZero();
    assertThat(VectorHandoff.ingestSummaryDue(Path.of("pom.xml"))).isTrue();
  }
}
