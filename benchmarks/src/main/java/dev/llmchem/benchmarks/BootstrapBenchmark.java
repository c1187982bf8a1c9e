package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.baseline.RebuiltReplicate;
import dev.llmchem.benchmarks.state.DataSets;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.Bootstrap;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.bootstrap.BootstrapOptions;
import dev.llmchem.engine.bootstrap.Resampler;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import dev.llmchem.engine.bootstrap.TaskSample;
import dev.llmchem.engine.bootstrap.Unit;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.profile.TaskProfiles;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bootstrap on a real history (one task, |S| = |U| = 12, about 1,100 trials), per
 * replicate: {@code replicate} runs B = {@value #B} replicates on one thread (profiles from
 * candidate rows, cost table, CHEME, RECOMMEND) and reports the time of one; {@code profiles}
 * is the profile rebuild alone; {@code rebuilt} the naive twin (a new history of the drawn rows,
 * analysed from scratch). {@code run1000} is what {@code chem recommend --bootstrap 1000} adds
 * to a run, on every core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BootstrapBenchmark {
  /** Replicates per invocation of the per-replicate benchmarks. */
  static final int B = 100;

  /** A real history. */
  @Param({DataSets.RUNS, DataSets.RUNS2})
  public String data;

  Analysis analysis;
  Bootstrap bootstrap;
  TaskAnalysis task;
  Chemistry point;
  TaskSample sample;
  int[][] draws;
  int[] rows;
  int[] unitOf;
  int next;

  /** Reads and analyses the history, the point chemistry and the draws. */
  @Setup(Level.Trial)
  public void setUp() {
    analysis = Analysis.of(HistoryReader.read(DataSets.file(data)).history(),
        AnalysisOptions.defaults());
    bootstrap = Bootstrap.of(analysis);
    task = analysis.tasks().get(0);
    point = task.chemistry(ChemeOptions.defaults().withThreads(1));
    sample = bootstrap.sample(task, Unit.TRIALS);
    SplittableRandom[] streams = Resampler.streams(DataSets.SEED, 0, 256);
    draws = new int[256][];
    for (int r = 0; r < 256; r++) {
      draws[r] = Resampler.counts(streams[r], sample.units());
    }
    var h = analysis.history();
    int n = 0;
    int[] all = new int[h.rows()];
    int[] unit = new int[h.rows()];
    int[] trialUnit = new int[h.trialCount()];
    java.util.Arrays.fill(trialUnit, -1);
    int units = 0;
    for (int r = 0; r < h.rows(); r++) {
      if (h.strategy(r) != Strategy.CHEMISTRY.code()) {
        int t = h.trial(r);
        if (trialUnit[t] < 0) {
          trialUnit[t] = units++;
        }
        unit[n] = trialUnit[t];
        all[n++] = r;
      }
    }
    rows = java.util.Arrays.copyOf(all, n);
    unitOf = java.util.Arrays.copyOf(unit, n);
  }

  /** The draws of the next replicate (cycling through 256 replicates' draws, made once). */
  int[] counts() {
    return draws[next++ & 255];
  }

  /** B replicates of the engine's bootstrap on the calling thread: time per replicate. */
  @Benchmark
  @OperationsPerInvocation(B)
  public TaskBootstrap replicate() {
    return bootstrap.run(task, point, new BootstrapOptions(B, next++, Unit.TRIALS, 1,
        dev.llmchem.engine.control.ProgressListener.NONE), RecommendOptions.defaults(), 0, false);
  }

  /** One replicate's profiles from the candidate rows. */
  @Benchmark
  public TaskProfiles profiles() {
    return sample.profiles(counts(), task.prototype(), task.profiles().taskStrings(),
        task.models());
  }

  /** The naive twin: one replicate through a new history and a full analysis. */
  @Benchmark
  public RebuiltReplicate.Result rebuilt() {
    return RebuiltReplicate.run(analysis, rows, unitOf, counts());
  }

  /** B = 1000 replicates on every core (what --bootstrap 1000 adds), in milliseconds. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public TaskBootstrap run1000() {
    return bootstrap.run(task, point, new BootstrapOptions(1000, 0, Unit.TRIALS, 0,
        dev.llmchem.engine.control.ProgressListener.NONE), RecommendOptions.defaults(), 0, false);
  }
}
