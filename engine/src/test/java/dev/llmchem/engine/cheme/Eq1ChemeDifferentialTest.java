package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.mig.UsedMap;
import dev.llmchem.engine.profile.UsedSet;
import dev.llmchem.engine.testutil.Seeds;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Exact Eq. 1 CHEME against the exhaustive dense kernel and the naive oracle on random
 * profiles: identical entry sets, values within 1e-12, and every witness's term (priced from
 * the dense table) equal to the value. Profiles have tied q, zero penalties (q = 10, a = 1),
 * unused models (a &lt; theta and a = theta exactly) and several thresholds.
 */
class Eq1ChemeDifferentialTest {
  /** Pairs compared with dense, and those whose values differ in any bit (reported). */
  private static long compared;
  private static long notBitIdentical;
  private static double maxUlps;
  private static String worst = "";
  private static long residue;

  /** Random (q, a) for s models; returns {rankToS, penalties} of U = {a > theta} in rank order. */
  static Object[] profiles(int s, int wantUsed, double theta, double perfect, Random r) {
    double[] q = new double[s];
    double[] a = new double[s];
    int[] perm = CostTables.randomUToS(s, s, r);
    for (int k = 0; k < s; k++) {
      int m = perm[k];
      q[m] = r.nextInt(7) * 1.5;
      boolean used = k < wantUsed;
      a[m] = used ? theta + (1 - theta) * (0.05 + 0.95 * r.nextDouble())
          : (r.nextBoolean() ? theta : theta * r.nextDouble());
      if (used && r.nextDouble() < perfect) {
        if (r.nextBoolean()) {
          a[m] = 1.0;
        } else {
          q[m] = 10.0;
        }
      }
    }
    Integer[] u = java.util.stream.IntStream.range(0, s).filter(m -> a[m] > theta).boxed()
        .toArray(Integer[]::new);
    Arrays.sort(u, (x, y) -> q[x] != q[y] ? Double.compare(q[y], q[x])
        : a[x] != a[y] ? Double.compare(a[y], a[x]) : Integer.compare(x, y));
    int[] rankToS = Arrays.stream(u).mapToInt(Integer::intValue).toArray();
    double[] pen = new double[rankToS.length];
    for (int k = 0; k < pen.length; k++) {
      pen[k] = UsedSet.penalty(q[rankToS[k]], a[rankToS[k]]);
    }
    return new Object[] {rankToS, pen};
  }

  @Test
  void matchesDenseAndNaiveOnRandomProfiles() {
    long seed = Seeds.seed("Eq1ChemeDifferentialTest.matchesDenseAndNaiveOnRandomProfiles");
    Random r = new Random(seed);
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      for (int n = 2; n <= 20; n++) {
        int reps = n <= 8 ? 30 : n <= 14 ? 6 : 2;
        for (int rep = 0; rep < reps; rep++) {
          int extra = r.nextInt(4);
          double theta = new double[] {0.0, 0.2, 0.5}[r.nextInt(3)];
          double perfect = new double[] {0.0, 0.3, 0.8, 1.0}[r.nextInt(4)];
          Object[] pr = profiles(n + extra, n, theta, perfect, r);
          String what = "seed=" + seed + " n=" + n + " rep=" + rep;
          check((int[]) pr[0], (double[]) pr[1], n + extra, pool, what);
        }
      }
    } finally {
      pool.shutdown();
    }
    System.out.println("pairs compared with dense: " + compared + ", not bit-identical: "
        + notBitIdentical + " (" + residue + " of them rounding residue < 1e-15 where the exact"
        + " value is 0; largest other difference " + maxUlps + " ulps: " + worst + ")");
  }

  @Test
  void rawPenaltiesInUnitIntervalExerciseTheProgramme() {
    long seed = Seeds.seed("Eq1ChemeDifferentialTest.rawPenalties");
    Random r = new Random(seed);
    int programmeWitnesses = 0;
    for (int n = 2; n <= 12; n++) {
      for (int rep = 0; rep < 40; rep++) {
        double[] p = new double[n];
        for (int k = 0; k < n; k++) {
          double x = r.nextDouble();
          p[k] = x < 0.15 ? 0.0 : x < 0.25 ? 1.0 : r.nextDouble();
        }
        int[] uToS = CostTables.randomUToS(n, n, r);
        Eq1Program.Workspace w = new Eq1Program.Workspace(n);
        int pos = (int) Arrays.stream(p).filter(x -> x > 0).count();
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            boolean low = uToS[i] < uToS[j];
            double[] nv = NaiveEq1.pair(p, i, j, low);
            double v = Eq1Pair.solve(p, pos, i, j, low, w);
            String what = "seed=" + seed + " p=" + Arrays.toString(p) + " pair " + i + "," + j;
            if (Double.isNaN(nv[0])) {
              assertThat(v).as(what).isNaN();
            } else {
              assertThat(v).as(what).isCloseTo(nv[0], org.assertj.core.data.Offset.offset(1e-12));
              assertThat(Math.min(1.0, Eq1Pair.termOf(p, i, j, low, w.best, w))).as(what)
                  .isEqualTo(v);
              boolean nonEmpty = false;
              for (boolean b : w.best) {
                nonEmpty |= b;
              }
              programmeWitnesses += nonEmpty && v < 1 ? 1 : 0;
            }
          }
        }
      }
    }
    System.out.println("pairs with a non-empty witness below 1: " + programmeWitnesses);
    assertThat(programmeWitnesses).as("the programme decides many pairs").isGreaterThan(100);
  }

  static void check(int[] rankToS, double[] pen, int s, ForkJoinPool pool, String what) {
    int n = pen.length;
    double[] table = CostKernel.eq1Table(pen);
    UsedMap map = new UsedMap(s, rankToS);
    ChemMatrix dense = DenseCheme.sequential(table, map);
    Eq1Result seq = Eq1Cheme.sequential(pen, rankToS, s);
    Eq1Result par = Eq1Cheme.parallel(pen, rankToS, s, pool, ProgressListener.NONE);
    ChemMatrix ex = seq.matrix();
    assertThat(par.matrix()).as(what + " parallel").isEqualTo(ex);
    assertThat(ex.sameEntries(dense)).as(what + " entries vs dense").isTrue();
    assertThat(ex.maxAbsDiff(dense)).as(what + " values vs dense").isLessThanOrEqualTo(1e-12);
    if (s <= 11) {
      ChemMatrix naive = NaiveCheme.compute(table, map);
      assertThat(ex.sameEntries(naive)).as(what + " entries vs naive").isTrue();
      assertThat(ex.maxAbsDiff(naive)).as(what + " values vs naive").isLessThanOrEqualTo(1e-12);
    }
    for (int a = 0; a < s; a++) {
      for (int b = 0; b < s; b++) {
        if (a < b && ex.hasEntry(a, b)) {
          compared++;
          notBitIdentical += ex.chem(a, b) == dense.chem(a, b) ? 0 : 1;
          double du = Math.abs(ex.chem(a, b) - dense.chem(a, b))
              / Math.ulp(Math.max(ex.chem(a, b), dense.chem(a, b)));
          if (Math.max(ex.chem(a, b), dense.chem(a, b)) < 1e-15) {
            residue += du > 0 ? 1 : 0;
          } else if (du > maxUlps) {
            maxUlps = du;
            worst = ex.chem(a, b) + " vs dense " + dense.chem(a, b);
          }
        }
        int[] x = seq.witness(a, b);
        if (!ex.hasEntry(a, b)) {
          assertThat(x).as(what + " no witness").isNull();
          continue;
        }
        assertThat(x).as(what + " witness").isNotNull().doesNotContain(a, b);
        assertThat(par.witness(a, b)).isEqualTo(x);
        long xm = 0;
        for (int m : x) {
          xm |= 1L << m;
        }
        long fm = 1L << Math.min(a, b);
        long gm = 1L << Math.max(a, b);
        double c0 = table[map.compress(xm)];
        double cf = table[map.compress(xm | fm)];
        double cg = table[map.compress(xm | gm)];
        double cab = table[map.compress(xm | fm | gm)];
        assertThat(c0 != 0 && cf != 0 && cg != 0 && cab != 0).as(what + " counted").isTrue();
        double d = Math.min(1.0, Math.abs(cab - cf - cg + c0) / cab);
        if ((map.usedMask() >>> a & 1) != 0 && (map.usedMask() >>> b & 1) != 0) {
          assertThat(d).as(what + " witness term of (" + a + "," + b + ") n=" + n)
              .isEqualTo(ex.chem(a, b));
        } else {
          assertThat(ex.chem(a, b)).isEqualTo(0.0);
          assertThat(d).as(what + " outside residue").isLessThan(1e-12);
        }
      }
    }
  }
}
