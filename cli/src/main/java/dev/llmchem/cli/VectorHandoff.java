package dev.llmchem.cli;

import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.control.LimitException;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Vector API loops by default without their start-up cost: a run that is about to take
 * the dense CHEME over |U| &gt;= {@link #FROM_U} models continues in a second JVM that resolves
 * {@code jdk.incubator.vector}.
 *
 * <p>Why a second JVM: resolving the incubator module costs every start ~0.1 s (the JVM then
 * cannot use the module graph archived in its class-data cache, nor the classes linked ahead
 * of time), which most runs never win back; and in a fresh JVM the vector loops pay only for
 * large |U| (C2 spends a second or more compiling them): from |U| = 28 they finish seconds
 * sooner (13.1 -&gt; 7.4 s at 28). So {@code ./chem} starts without the module and, when the
 * JDK has it (and CHEM_VECTOR is not 0), names the vector jar in {@value #JAR}.
 * {@code chem chemistry} and {@code chem recommend} call {@link #wanted} once the history is
 * analysed and nothing has reached stdout yet; when selected tasks will run dense at
 * |U| &gt;= {@link #FROM_U} with enough terms to pay for a second read ({@link #pays}; the terms
 * of pairs a probe does not find saturated, {@link DenseWork}), the
 * whole command runs again in the child: the same java, JVM options and arguments, the module
 * resolved, the vector jar on the class path.
 *
 * <p>What the user sees is one run. The child writes stdout itself (inherited); its stderr
 * passes through this JVM, which drops the JVM's "WARNING: Using incubator modules" line. The
 * child reads the history again but does not repeat the ingest summary this JVM printed,
 * unless the file changed in between (size or modification time): then its own summary
 * describes what it answered from. {@code --timeout} counts from this JVM's start in the
 * child, which reports it; this JVM's deadline is lifted. Ctrl-C on a terminal reaches both
 * (one process group); a signal to this JVM alone is passed on ({@link #stopChild}). This JVM
 * exits with the child's code. Standard input, a pipe or a FIFO as --data cannot be read
 * twice: such runs stay here (with {@link VectorHint}'s hint). In-process runs (tests,
 * embedders) never hand off: only {@link Main#main} enables it.
 */
final class VectorHandoff {
  /** System property the launcher sets: the llmchem-vector jar. */
  static final String JAR = "chem.vector.jar";
  /** System property of the child: "startEpochMillis,dataSize,dataModifiedMillis". */
  static final String CHILD = "chem.handoff";
  /**
   * Smallest |U| handed off ({@code -Dchem.handoff.fromU} lowers it for tests): at 28 the
   * hand-off took `chem chemistry` from 13.1 s to 7.4 s whole-process; at 26 the vector JVM is
   * ~0.6 s ahead, less than the hand-off's ~1-1.3 s (perf-reports/2026-12-07-vector-handoff).
   */
  static final int FROM_U = Integer.getInteger("chem.handoff.fromU", VectorHint.FROM_U);
  /** {@code -Dchem.handoff.fromU} given (tests): every such run hands off, unweighed. */
  private static final boolean FORCED = Integer.getInteger("chem.handoff.fromU") != null;
  /** The JVM's own first line on stderr when an incubator module is resolved. */
  static final String WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";
  /** Set by {@link Main#main}: this process owns its standard streams. */
  static volatile boolean enabled;
  private static volatile Process child;
  private static final String[] STAMP = childStamp();

  private VectorHandoff() { }

  /** The environment variables whose JVM options every JVM's arguments include. */
  static final List<String> OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  /** This JVM's options (ManagementFactory: loaded only when a run hands off). */
  private static List<String> jvmArguments() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments();
  }

  /**
   * Whether an agent runs in this JVM (a debugger, a profiler): a second JVM would start it
   * again, on the same port or output file, so such runs stay here.
   */
  private static boolean agent() {
    for (String a : jvmArguments()) {
      if (a.startsWith("-agentlib:") || a.startsWith("-agentpath:")
          || a.startsWith("-javaagent:") || a.startsWith("-Xrunjdwp")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether this run should continue in a vector JVM: enabled, a jar named, this JVM without
   * the module, not a child itself and without an agent, --data a regular file, and tasks of
   * {@code tasks} that run the dense CHEME ({@code method} resolved as the engine will) over
   * |U| &gt;= {@link #FROM_U}, with enough terms to pay for reading the history again
   * ({@link #pays}, against the time {@code control}'s command has run so far).
   */
  static boolean wanted(Path data, List<TaskAnalysis> tasks, ChemeOptions.Method method,
      RunControl control) {
    String jar = System.getProperty(JAR);
    if (!enabled || jar == null || STAMP != null || VectorHint.resolved()
        || !Files.isRegularFile(data) || !Files.isRegularFile(Path.of(jar))) {
      return false;
    }
    long terms = 0;
    for (TaskAnalysis t : tasks) {
      try {
        int u = t.used().size();
        if (u >= FROM_U && t.chemeMethod(method) == ChemeOptions.Method.DENSE) {
          terms += FORCED ? DenseCheme.terms(u) : DenseWork.expectedTerms(t);
        }
      } catch (LimitException e) {
        return false; // the run refuses the size itself
      }
    }
    return (FORCED ? terms > 0 : pays(terms, control.elapsedNanos())) && !agent();
  }

  /**
   * Seconds the vector loops save per dense term in a fresh JVM, conservatively: at |U| = 28
   * (2.5 * 10^10 terms) `chem chemistry` took 13.1 s with the plain loops and 6.1 s with the
   * vector ones (0.28 ns per term; perf-reports/2026-12-07-vector-handoff).
   */
  static final double SAVED_NANOS_PER_TERM = 0.25;
  /** What a hand-off costs besides the second read: the second JVM's start, ~1 s measured. */
  static final long FIXED_NANOS = 1_000_000_000L;

  /**
   * Whether handing off {@code terms} dense terms pays when reading and analysing the history
   * took {@code readNanos} (the second JVM does it again): a history of millions of rows whose
   * read takes longer than the loops would save stays in this JVM.
   */
  static boolean pays(long terms, long readNanos) {
    return terms > 0 && terms * SAVED_NANOS_PER_TERM > readNanos + FIXED_NANOS;
  }

  /**
   * Runs the command line {@code args} in the child and returns its exit code, once the child
   * has ended and its stderr is passed on; null when the child could not start (nothing was
   * printed: the run goes on here). A child killed by a signal it does not handle (the
   * kernel's out-of-memory killer) gets one line naming it.
   */
  static Integer run(List<String> args, Path data, RunControl control, String command) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    for (String a : jvmArguments()) {
      if (!a.startsWith("-XX:AOTCache=") && !a.startsWith("-XX:SharedArchiveFile=")
          && !a.startsWith("-D" + JAR + "=")) {
        cmd.add(a); // the cache holds this JVM's class path, not the child's
      }
    }
    long start = System.currentTimeMillis() - control.elapsedNanos() / 1_000_000;
    Process p;
    try {
      cmd.addAll(List.of("--add-modules", "jdk.incubator.vector",
          "-D" + CHILD + "=" + start + "," + stamp(data),
          "-cp", System.getProperty("java.class.path") + File.pathSeparator
              + System.getProperty(JAR), Main.class.getName()));
      cmd.addAll(args);
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.INHERIT)
          .redirectOutput(ProcessBuilder.Redirect.INHERIT);
      // their options are among this JVM's arguments already: passed twice, the child would
      // also announce them again ("Picked up JAVA_TOOL_OPTIONS: ...")
      pb.environment().keySet().removeAll(OPTION_VARIABLES);
      p = pb.start();
    } catch (IOException e) {
      return null;
    }
    child = p;
    control.liftDeadline();
    Thread pump = new Thread(() -> passStderr(p.getErrorStream(),
        new FileOutputStream(FileDescriptor.err)), "chem-handoff-stderr");
    pump.start();
    boolean interrupted = false;
    while (true) {
      try {
        p.waitFor();
        pump.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the child decides when the run ends
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    int code = p.exitValue();
    if (code > 128 && code < 160 && code != RunControl.EXIT_INTERRUPTED
        && code != Main.EXIT_BROKEN_PIPE && !RunControl.interrupted()) {
      System.err.println("chem: " + command + ": the second JVM (Vector API loops) was killed by"
          + " signal " + (code - 128) + (code == 137 ? " (out of memory? Linux's OOM killer"
          + " sends it)" : "") + "; CHEM_VECTOR=0 keeps the run in one JVM");
    }
    return code;
  }

  /**
   * From the shutdown hook (Ctrl-C or SIGTERM while a child runs): passes the stop on
   * (SIGTERM; a terminal's Ctrl-C has reached it already) and waits until it has ended; its
   * own watchdog ends it within {@link Watchdog#GRACE}.
   */
  static void stopChild() {
    Process p = child;
    if (p == null || !p.isAlive()) {
      return;
    }
    // through its handle: Process.destroy() would also close our end of its stderr, losing
    // the line the child prints as it stops
    p.toHandle().destroy();
    try {
      if (!p.waitFor(Watchdog.GRACE.toMillis() + 1000, TimeUnit.MILLISECONDS)) {
        p.toHandle().destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Copies {@code in} to {@code out} as it comes, without a first line equal to WARNING. */
  static void passStderr(InputStream in, OutputStream out) {
    try (in) {
      byte[] want = (WARNING + "\n").getBytes(StandardCharsets.US_ASCII);
      byte[] head = in.readNBytes(want.length); // blocks only until the JVM's first line
      if (!Arrays.equals(head, want)) {
        out.write(head);
        out.flush();
      }
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) >= 0; ) {
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // our stderr is gone: nothing left to tell
    }
  }

  /** Whether a child should print the ingest summary for {@code data} (the file changed). */
  static boolean ingestSummaryDue(Path data) {
    if (STAMP == null) {
      return true;
    }
    try {
      return !(STAMP[1] + "," + STAMP[2]).equals(stamp(data));
    } catch (IOException e) {
      return true;
    }
  }

  /** How long the first JVM had run when it handed the run here (0 when not a child). */
  static long inheritedNanos() {
    if (STAMP == null) {
      return 0;
    }
    try {
      return Math.max(0, System.currentTimeMillis() - Long.parseLong(STAMP[0])) * 1_000_000;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String stamp(Path data) throws IOException {
    return Files.size(data) + "," + Files.getLastModifiedTime(data).toMillis();
  }

  private static String[] childStamp() {
    String v = System.getProperty(CHILD);
    String[] parts = v == null ? null : v.split(",");
    return parts == null || parts.length != 3 ? null : parts;
  }
}
