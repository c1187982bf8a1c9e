package dev.llmchem.vector;

import dev.llmchem.engine.cheme.FloatPairKernel;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link VectorPairKernel} for the float kernel ({@code FloatCheme}): the same loop on
 * {@code FloatVector.SPECIES_PREFERRED} lanes (8 with AVX2), the same float arithmetic and
 * order as the scalar float loops (results identical to them). Stateless, thread-safe.
 */
public final class VectorFloatPairKernel implements FloatPairKernel {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  /** Public no-argument constructor for {@code ServiceLoader}. */
  public VectorFloatPairKernel() { }

  @Override
  public String name() {
    return "vector-" + L;
  }

  @Override
  public int minRun() {
    return L;
  }

  @Override
  public float pairMax(float[] t, int n, int lo, int hi, int f, int g, float m) {
    final int ab = lo + hi;
    FloatVector acc = FloatVector.broadcast(S, m);
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int x = mid, e = mid + lo; x < e; x += L) {
          FloatVector c0 = FloatVector.fromArray(S, t, x);
          FloatVector cf = FloatVector.fromArray(S, t, x + f);
          FloatVector cg = FloatVector.fromArray(S, t, x + g);
          FloatVector cab = FloatVector.fromArray(S, t, x + ab);
          FloatVector d = cab.sub(cf).sub(cg).add(c0).abs().div(cab);
          acc = acc.blend(d, d.compare(VectorOperators.GT, acc));
        }
      }
    }
    return acc.reduceLanes(VectorOperators.MAX);
  }

  @Override
  public void pairMaxChecked(float[] t, int n, int lo, int hi, int f, int g, double[] mx,
      double[] ok, int slot) {
    final int ab = lo + hi;
    FloatVector acc = FloatVector.broadcast(S, (float) mx[slot]);
    FloatVector seen = FloatVector.broadcast(S, (float) ok[slot]);
    FloatVector one = FloatVector.broadcast(S, 1.0f);
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int x = mid, e = mid + lo; x < e; x += L) {
          FloatVector c0 = FloatVector.fromArray(S, t, x);
          FloatVector cf = FloatVector.fromArray(S, t, x + f);
          FloatVector cg = FloatVector.fromArray(S, t, x + g);
          FloatVector cab = FloatVector.fromArray(S, t, x + ab);
          VectorMask<Float> valid = c0.compare(VectorOperators.NE, 0.0f)
              .and(cf.compare(VectorOperators.NE, 0.0f))
              .and(cg.compare(VectorOperators.NE, 0.0f))
              .and(cab.compare(VectorOperators.NE, 0.0f));
          FloatVector d = cab.sub(cf).sub(cg).add(c0).abs().div(cab);
          acc = acc.blend(d, d.compare(VectorOperators.GT, acc).and(valid));
          seen = seen.blend(one, valid);
        }
      }
    }
    mx[slot] = acc.reduceLanes(VectorOperators.MAX);
    ok[slot] = seen.reduceLanes(VectorOperators.MAX);
  }
}
