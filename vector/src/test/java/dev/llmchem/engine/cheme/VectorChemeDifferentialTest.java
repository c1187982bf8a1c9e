package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.mig.UsedMap;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Randomised differential test of the Vector API pair loop (run only when the JVM resolved
 * {@code jdk.incubator.vector}; Surefire adds the module here): against the naive oracle
 * (entries, values inside U bit for bit) and the scalar loops, sequential and parallel, with
 * default and tiny block plans (runs shorter than the lane count fall back to the scalar
 * loop), on positive tables, tables with zeros, Eq. 1 tables with zero penalties and
 * near-constant tables (values far below the clip at 1); above one sub-cube (|U| = 17-20,
 * several passes) against the scalar loops.
 */
class VectorChemeDifferentialTest {
  private static ForkJoinPool pool;

  @BeforeAll
  static void pool() {
    pool = new ForkJoinPool(3);
  }

  @AfterAll
  static void shutdown() {
    pool.shutdown();
  }

  @Test
  void kernelIsDiscovered() {
    assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
    assertThat(DenseCheme.vectorAvailable()).isTrue();
    assertThat(DenseCheme.kernelName(DenseCheme.Kernel.AUTO, DenseCheme.VECTOR_COLD_FROM_U))
        .startsWith("vector-");
    // below VECTOR_WARM_FROM_U the scalar loops finish before the vector code pays, warm or
    // cold: AUTO keeps them
    assertThat(DenseCheme.kernelName(DenseCheme.Kernel.AUTO, DenseCheme.VECTOR_WARM_FROM_U - 1))
        .isEqualTo("scalar");
  }

  @Test
  void positiveTables() {
    run(20261126L, 0);
  }

  @Test
  void tablesWithZeros() {
    run(20261127L, 1);
  }

  @Test
  void eq1TablesWithZeroPenalties() {
    run(20261128L, 2);
  }

  /**
   * Once the vector kernel has done VECTOR_WARM_TERMS terms in this JVM (it is compiled), AUTO
   * runs it from VECTOR_WARM_FROM_U; the answers stay the scalar loops'.
   */
  @Test
  void autoTakesTheVectorKernelOnceItIsWarm() {
    assumeTrue(DenseCheme.vectorAvailable());
    Random r = new Random(20261207L);
    int u = 22;
    UsedMap map = randomMap(u, r);
    double[] c = table(u, r, 2, 1);
    ChemMatrix want = DenseCheme.sequential(c, map, DenseCheme.Kernel.SCALAR);
    for (long done = 0; done < DenseCheme.VECTOR_WARM_TERMS; done += DenseCheme.terms(u)) {
      assertThat(DenseCheme.parallel(c, map, pool, ProgressListener.NONE,
          DenseCheme.Kernel.VECTOR, 2)).isEqualTo(want);
    }
    assertThat(DenseCheme.kernelName(DenseCheme.Kernel.AUTO, DenseCheme.VECTOR_WARM_FROM_U))
        .startsWith("vector-");
    assertThat(DenseCheme.kernelName(DenseCheme.Kernel.AUTO, DenseCheme.VECTOR_WARM_FROM_U - 1))
        .isEqualTo("scalar");
  }

  /**
   * The matrix names the loops its own run chose, even when the automatic choice turns to the
   * vector loops while it runs (another task's vector run can make it warm in between): asking
   * the choice again after the run, as {@code Chemistry.kernel()} once did, says vector.
   */
  @Test
  void theMatrixNamesTheLoopsItsRunChose() {
    assumeTrue(DenseCheme.vectorAvailable());
    Random r = new Random(20261208L);
    int u = 18; // warm from 16, cold from 26: the counter decides
    UsedMap map = randomMap(u, r);
    double[] c = table(u, r, 2, 1);
    ProgressListener turnsWarm = new ProgressListener() {
      @Override public void start(String task, long total) { }
      @Override public void advance(long units) {
        DenseCheme.vectorTermsForTests(DenseCheme.VECTOR_WARM_TERMS);
      }
      @Override public void finish() { }
    };
    try {
      DenseCheme.vectorTermsForTests(0);
      assertThat(DenseCheme.kernelName(DenseCheme.Kernel.AUTO, u)).isEqualTo("scalar");
      ChemMatrix m = DenseCheme.parallel(c, map, pool, turnsWarm);
      assertThat(m.loops()).isEqualTo("scalar");
      assertThat(DenseCheme.kernelName(DenseCheme.Kernel.AUTO, u)).startsWith("vector-");
      ChemMatrix warm = DenseCheme.parallel(c, map, pool, ProgressListener.NONE);
      assertThat(warm.loops()).startsWith("vector-");
      assertThat(warm).isEqualTo(m);
    } finally {
      DenseCheme.vectorTermsForTests(DenseCheme.VECTOR_WARM_TERMS); // as a warm JVM ends
    }
  }

  /** Costs in [1, 1.01): every chemistry value is far below the clip at 1, so it discriminates. */
  @Test
  void nearConstantTables() {
    run(20261130L, 3);
  }

  /**
   * Costs over the whole double range, some near Double.MAX_VALUE (numerators overflow: terms
   * are +infinity), with zeros in every other table: the lanes' maxima are reduced as bit
   * patterns, which must order +0, finite and infinite terms as doubles do.
   */
  @Test
  void wideRangeTables() {
    run(20261207L, 4);
  }

  /**
   * Above one sub-cube (|U| > 16) with the default plan: several passes, gathers, permuted
   * layouts and the float-tested two-pair sweeps; against the scalar loops, bit for bit.
   */
  @Test
  void multiPassTablesMatchTheScalarLoops() {
    assumeTrue(DenseCheme.vectorAvailable());
    long seed = 20261129L;
    System.out.println("seed=" + seed);
    Random r = new Random(seed);
    for (int u : new int[] {17, 18, 20}) {
      for (int kind : new int[] {2, 3, 4}) {
        vectorMatchesScalar(u, kind, 1, r, "seed=" + seed + " u=" + u + " kind=" + kind);
      }
    }
  }

  /** A random table (kind, rep) over u models: the vector loops on 1-3 workers = scalar. */
  private static void vectorMatchesScalar(int u, int kind, int rep, Random r, String what) {
    UsedMap map = randomMap(u, r);
    double[] c = table(u, r, kind, rep);
    ChemMatrix scalar = DenseCheme.sequential(c, map, DenseCheme.Kernel.SCALAR);
    ChemMatrix vec = DenseCheme.parallel(c, map, pool, ProgressListener.NONE,
        DenseCheme.Kernel.VECTOR, 1 + r.nextInt(3));
    assertThat(vec).as(what).isEqualTo(scalar);
  }

  /**
   * The float copies in aligned humongous arrays (AlignedFloats, forced on) and in plain ones
   * (forced off): the same matrices as the scalar loops, on float-safe tables (the float skip
   * test runs) over several passes.
   */
  @Test
  void alignedAndPlainFloatCopiesMatchTheScalarLoops() {
    assumeTrue(DenseCheme.vectorAvailable());
    long seed = 20261208L;
    System.out.println("seed=" + seed);
    Random r = new Random(seed);
    String before = System.getProperty("llmchem.cheme.alignedFloats");
    try {
      for (String policy : new String[] {"on", "off"}) {
        System.setProperty("llmchem.cheme.alignedFloats", policy);
        for (int u : new int[] {16, 19}) {
          vectorMatchesScalar(u, 3, 0, r, "seed=" + seed + " u=" + u + " " + policy);
        }
      }
    } finally {
      if (before == null) {
        System.clearProperty("llmchem.cheme.alignedFloats");
      } else {
        System.setProperty("llmchem.cheme.alignedFloats", before);
      }
    }
  }

  private static void run(long seed, int kind) {
    assumeTrue(DenseCheme.vectorAvailable());
    Random r = new Random(seed);
    PairKernel vec = DenseCheme.pairKernel(DenseCheme.Kernel.VECTOR, DenseCheme.VECTOR_COLD_FROM_U);
    System.out.println("seed=" + seed + " kernel=" + vec.name());
    for (int u = 2; u <= 15; u++) {
      for (int rep = 0; rep < (u <= 10 ? 4 : 2); rep++) {
        UsedMap map = randomMap(u, r);
        double[] c = table(u, r, kind, rep);
        String what = "seed=" + seed + " u=" + u + " rep=" + rep;
        ChemMatrix naive = NaiveCheme.compute(c, map);
        ChemMatrix scalar = DenseCheme.sequential(c, map, DenseCheme.Kernel.SCALAR);
        ChemMatrix seq = DenseCheme.sequential(c, map, DenseCheme.Kernel.VECTOR);
        assertThat(seq.sameEntries(naive)).as(what + " entries").isTrue();
        for (int a = 0; a < u; a++) {
          for (int b = 0; b < u; b++) {
            int sa = map.sIndex(a);
            int sb = map.sIndex(b);
            assertThat(seq.chem(sa, sb)).as(what + " chem").isEqualTo(naive.chem(sa, sb));
          }
        }
        assertThat(seq).as(what + " vector = scalar").isEqualTo(scalar);
        ChemMatrix par = DenseCheme.parallel(c, map, pool, ProgressListener.NONE,
            DenseCheme.Kernel.VECTOR, 1 + r.nextInt(3));
        assertThat(par).as(what + " vector parallel").isEqualTo(scalar);
        if (u >= 3) {
          int lane = 1 + r.nextInt(4);
          int high = 1 + r.nextInt(4);
          ChemMatrix tiny = DenseCheme.compute(c, map, 1 + r.nextInt(3), pool,
              ProgressListener.NONE, lane, high, vec);
          assertThat(tiny).as(what + " vector plan " + lane + "/" + high).isEqualTo(scalar);
        }
      }
    }
  }

  /** u used models at random S positions among u .. u + 2 models (a random S order). */
  private static UsedMap randomMap(int u, Random r) {
    int s = u + r.nextInt(3);
    int[] perm = new int[s];
    Arrays.setAll(perm, i -> i);
    for (int i = s - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int tmp = perm[i];
      perm[i] = perm[j];
      perm[j] = tmp;
    }
    return new UsedMap(s, Arrays.copyOf(perm, u));
  }

  /**
   * Positive costs in [0.01, 1), with zeros (kind 1), or paper Eq. 1 over random profiles with
   * some perfect models, i.e. zero penalties (kind 2; as the engine tests' CostTables.eq1), or
   * in [1, 1.01) (kind 3: chemistry values near 0.01, far from the clip at 1; with [0.01, 1)
   * every value clips to 1, so only the entry sets would tell kernels apart).
   */
  private static double[] table(int u, Random r, int kind, int rep) {
    double[] c = new double[1 << u];
    if (kind == 2) {
      double[] pen = new double[u];
      for (int i = 0; i < u; i++) {
        double q = r.nextInt(21) * 0.5;
        double acc = r.nextDouble() < (rep % 2 == 0 ? 0.6 : 0.2) ? 1.0 : 0.5 + 0.5 * r.nextDouble();
        pen[i] = (1 - q / 10) * (1 - acc);
      }
      c[0] = 1.0;
      for (int m = 1; m < c.length; m++) {
        double sum = 0.0;
        int rank = 0;
        for (int i = 0; i < u; i++) {
          if ((m >>> i & 1) != 0) {
            rank++;
            sum += (1.0 / rank) * pen[i];
          }
        }
        c[m] = sum;
      }
      return c;
    }
    if (kind == 4) { // magnitudes 2^-1000 .. 2^1023, some near Double.MAX_VALUE: infinite terms
      for (int i = 0; i < c.length; i++) {
        c[i] = r.nextInt(8) == 0 ? Double.MAX_VALUE * (0.5 + 0.5 * r.nextDouble())
            : Math.scalb(1 + r.nextDouble(), r.nextInt(2023) - 1000);
        if (rep % 2 == 1 && r.nextInt(10) == 0) {
          c[i] = r.nextBoolean() ? 0.0 : -0.0;
        }
      }
      return c;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] = kind == 3 ? 1 + 0.01 * r.nextDouble() : 0.01 + 0.99 * r.nextDouble();
    }
    if (kind == 1) {
      double p = rep % 2 == 0 ? 0.05 : 0.5;
      for (int i = 0; i < c.length; i++) {
        if (r.nextDouble() < p) {
          c[i] = r.nextBoolean() ? 0.0 : -0.0;
        }
      }
    }
    return c;
  }
}
