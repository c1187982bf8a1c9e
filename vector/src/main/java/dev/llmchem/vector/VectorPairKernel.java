package dev.llmchem.vector;

import dev.llmchem.engine.cheme.Cherry;
import dev.llmchem.engine.cheme.PairKernel;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dense CHEME pair loop on {@code DoubleVector.SPECIES_PREFERRED} lanes (4 with AVX2,
 * 8 with AVX-512; never hard-coded). Every term is evaluated in the oracle's order with IEEE
 * division, so results are bit-identical to the scalar kernels and to the oracle.
 *
 * <p>Why it is faster than the JIT-vectorised scalar loops: a run of the pair loop is as
 * short as 16 cells, and C2's auto-vectorised loop pays pre/post loops and a horizontal
 * max-reduction (with Java's NaN semantics) per run; here the accumulator stays a vector
 * across runs and the max is a compare + blend ({@code d > acc}; terms are >= 0, no NaN in
 * valid lanes), reduced once per call. Measured alternatives that lost on this AVX2 machine
 * (JDK 25): skipping the division unless an FMA sign test says a lane can improve (the
 * branch and the vector merge cost more than the division saves), a bit-OR flag per block,
 * and Vector API {@code max}. The zero-cost test is four compares; invalid lanes are masked
 * out of the max and set the "evaluated" flag only when valid.
 *
 * <p>Stateless and thread-safe. Loaded by {@code ServiceLoader} only when the JVM resolved
 * {@code jdk.incubator.vector}.
 */
public final class VectorPairKernel implements PairKernel {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  /** Float lanes: the smallest run {@link VectorCherryFloat} takes. */
  private static final int FL = FloatVector.SPECIES_PREFERRED.length();

  /** The form for moderate tables (see {@link #forModerateTables}). */
  private final VectorPairKernel moderate;

  /** Public no-argument constructor for {@code ServiceLoader}. */
  public VectorPairKernel() {
    moderate = new VectorPairKernel(null);
  }

  private VectorPairKernel(VectorPairKernel unused) {
    moderate = this;
  }

  /**
   * For tables whose non-zero costs lie in [2^-200, 2^200]: the same loops plus the cherry
   * sweep of {@link VectorCherryFloat} for the tables that are also float-safe (its skip test
   * is exact only for those).
   */
  @Override
  public PairKernel forModerateTables() {
    return moderate;
  }

  @Override
  public boolean floatFilter() {
    return moderate == this;
  }

  @Override
  public void cherryMax(double[] t, float[] tf, int tfOffset, int n, Cherry c, double rho,
      double[] mx) {
    if (tf != null && c.low() >= FL) {
      VectorCherryFloat.cherryMax(t, tf, tfOffset, n, c, rho, mx);
    } else {
      PairKernel.super.cherryMax(t, tf, tfOffset, n, c, rho, mx);
    }
  }

  @Override
  public String name() {
    return "vector-" + L;
  }

  @Override
  public int minRun() {
    return L;
  }

  @Override
  public double pairMax(double[] t, int n, int lo, int hi, int f, int g, double m) {
    final int ab = lo + hi;
    DoubleVector acc = DoubleVector.broadcast(S, m);
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int x = mid, e = mid + lo; x < e; x += L) {
          DoubleVector c0 = DoubleVector.fromArray(S, t, x);
          DoubleVector cf = DoubleVector.fromArray(S, t, x + f);
          DoubleVector cg = DoubleVector.fromArray(S, t, x + g);
          DoubleVector cab = DoubleVector.fromArray(S, t, x + ab);
          DoubleVector d = cab.sub(cf).sub(cg).add(c0).abs().div(cab);
          acc = acc.blend(d, d.compare(VectorOperators.GT, acc));
        }
      }
    }
    return acc.reduceLanes(VectorOperators.MAX);
  }

  @Override
  public void pairMaxChecked(double[] t, int n, int lo, int hi, int f, int g, double[] mx,
      double[] ok, int slot) {
    final int ab = lo + hi;
    DoubleVector acc = DoubleVector.broadcast(S, mx[slot]);
    DoubleVector seen = DoubleVector.broadcast(S, ok[slot]);
    DoubleVector one = DoubleVector.broadcast(S, 1.0);
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int x = mid, e = mid + lo; x < e; x += L) {
          DoubleVector c0 = DoubleVector.fromArray(S, t, x);
          DoubleVector cf = DoubleVector.fromArray(S, t, x + f);
          DoubleVector cg = DoubleVector.fromArray(S, t, x + g);
          DoubleVector cab = DoubleVector.fromArray(S, t, x + ab);
          VectorMask<Double> valid = c0.compare(VectorOperators.NE, 0.0)
              .and(cf.compare(VectorOperators.NE, 0.0))
              .and(cg.compare(VectorOperators.NE, 0.0))
              .and(cab.compare(VectorOperators.NE, 0.0));
          DoubleVector d = cab.sub(cf).sub(cg).add(c0).abs().div(cab);
          acc = acc.blend(d, d.compare(VectorOperators.GT, acc).and(valid));
          seen = seen.blend(one, valid);
        }
      }
    }
    mx[slot] = acc.reduceLanes(VectorOperators.MAX);
    ok[slot] = seen.reduceLanes(VectorOperators.MAX);
  }
}
