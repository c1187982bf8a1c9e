package dev.llmchem.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code java [jvmArgs] -jar chem.jar args} in a subprocess, its output in files (test helper). */
final class ChemProcess {
  final Process process;
  private final Path out;
  private final Path err;

  private ChemProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** The packaged CLI (failsafe passes its path). */
  static Path jar() {
    return Path.of(System.getProperty("llmchem.cli.jar", "target/chem.jar"));
  }

  /** The java executable running this test. */
  static Path currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  static ChemProcess start(Path java, List<String> jvmArgs, Path dir, String... args)
      throws IOException {
    return start(List.of(), java, jvmArgs, dir, args);
  }

  /**
   * As {@link #start} with SIGINT reset to its default action in the child: a test run in the
   * background of a non-interactive shell (as CI may be) inherits SIGINT ignored, and a JVM
   * started that way never sees Ctrl-C. Uses coreutils' {@code env --default-signal}; null when
   * this system's env lacks it.
   */
  static ChemProcess startInterruptible(Path java, List<String> jvmArgs, Path dir,
      String... args) throws IOException, InterruptedException {
    Path env = Path.of("/usr/bin/env");
    if (!Files.isExecutable(env) || new ProcessBuilder(env.toString(), "--default-signal=INT",
        "true").start().waitFor() != 0) {
      return null;
    }
    return start(List.of(env.toString(), "--default-signal=INT"), java, jvmArgs, dir, args);
  }

  /** As {@link #start} after {@code prefix} (e.g. {@code env VAR=value}). */
  static ChemProcess start(List<String> prefix, Path java, List<String> jvmArgs,
      Path dir, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.add(java.toString());
    cmd.addAll(jvmArgs);
    cmd.addAll(List.of("-jar", jar().toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new ChemProcess(p, out, err);
  }

  /** Waits for the exit (at most {@code minutes}); returns the exit code. */
  int waitFor(int minutes) throws InterruptedException {
    return waitForSeconds(60 * minutes);
  }

  /** Waits for the exit (at most {@code seconds}); returns the exit code. */
  int waitForSeconds(int seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("no exit within " + seconds + " s: " + err());
    }
    return process.exitValue();
  }

  String out() {
    return read(out);
  }

  String err() {
    return read(err);
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
