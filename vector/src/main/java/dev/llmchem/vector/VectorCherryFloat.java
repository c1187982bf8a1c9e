package dev.llmchem.vector;

import dev.llmchem.engine.cheme.Cherry;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Two pairs that share a member, (a, b1) and (a, b2), in one sweep over the buffer, dividing
 * only where a term may raise a pair's maximum: the eight cells of the {a, b1, b2} cube at a
 * position are read once for both pairs, the four numerators are formed from a float copy
 * {@code f} of the buffer (twice the lanes per vector of a double test, half the bytes), and
 * only positions where a term may raise a maximum are evaluated in double from {@code t}, in
 * the oracle's order. Bit-identical to two {@code pairMax} calls.
 *
 * <p>For tables without zeros whose costs lie in [2^-100, 2^100] ({@code TableCheck
 * .FLOAT_SAFE}), with {@code rho} >= 2^-20 * max cost / min cost. Why the test is exact: float
 * costs are within 2^-24 of the doubles, so the float numerator Ñ (three float roundings) and
 * the double numerator N (three double roundings) differ by at most 10 * 2^-24 * max cost
 * <= rho * D for every denominator D. The float threshold is t = m (1 - 2^-20) - rho, rounded
 * down to a float (at most Float.MAX_VALUE; -1 when not positive: never skip). If
 * |Ñ| <= fl(D_f * t) then |N| <= D (t (1 + 2^-24)^2 + rho) < D m, so the rounded quotient is
 * at most m and cannot change the max. A product that overflows to infinity skips correctly
 * (|N| <= 2^102 is then below D t); one that underflows can only skip Ñ = 0, whose |N| / D is
 * at most rho < m.
 *
 * <p>Measured on a 2^16 buffer with converged maxima (AVX2, JDK 25): 0.17-0.20 ns per term;
 * the same sweep testing in double, 0.30; the one-pair loop (4 loads and a division per
 * vector of terms, its buffer streamed from L2 once per pair), 0.45-0.65.
 *
 * <p>The float copy is read from cell {@code fo} on: the worker puts it where the sweep's loads
 * are 64-byte aligned when the JVM lets it ({@code AlignedFloats}; every load of a misaligned
 * copy straddles two cache lines: the kernel at |U| = 24 1.13-1.16x slower 8 bytes off).
 *
 * <p>Shape, from measurements: one method per sweep, no helper taking vectors and no vector
 * chosen by a branch (C2 boxed those: 3.8 ns per term), and the slow path inline (a call in
 * the loop stops unrolling: 1.5x slower). Three leaves per sweep exceeded C2's inlining budget
 * (NodeCountInliningCutoff), with the same boxing.
 */
final class VectorCherryFloat {
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int LF = F.length();
  private static final int LD = S.length();
  private static final VectorOperators.Associative MAX = VectorOperators.MAX;

  private VectorCherryFloat() { }

  /** The float threshold for a running maximum {@code m} (see the class comment). */
  static float threshold(double m, double rho) {
    double t = m * (1 - 0x1p-20) - rho;
    if (!(t > 0)) {
      return -1f;
    }
    float tf = (float) Math.min(t, Float.MAX_VALUE);
    return tf > t ? Math.nextDown(tf) : tf;
  }

  /**
   * Updates {@code mx[c.slot1()]} with the terms of pair (a, b1) and {@code mx[c.slot2()]} with
   * those of (a, b2), where a, b1, b2 are {@code c.shared()}, {@code c.other1()},
   * {@code c.other2()}: a is the first member in S order of both, or, when
   * {@code c.sharedIsSecond()}, the second (pairs (b1, a), (b2, a)). Offsets are distinct powers
   * of two, each at least the float lane count; {@code tf} from cell {@code fo} on is {@code t}
   * rounded to float.
   */
  static void cherryMax(double[] t, float[] tf, int fo, int n, Cherry c, double rho,
      double[] mx) {
    sweep(t, tf, fo, n, c.low(), c.mid(), c.high(), c.shared(), c.other1(), c.other2(),
        c.sharedIsSecond(), rho, mx, c.slot1(), c.slot2());
  }

  /**
   * Positions with bits o1 < o2 < o3 clear; pairs of p with q and r. The float test forms the
   * numerators in one order for both forms (the margin covers either order's rounding); the
   * double terms follow the oracle's order, which depends on {@code second}. Takes the cherry's
   * fields as primitives on purpose: the loop runs on locals, in the one-method shape described
   * above and measured so.
   */
  private static void sweep(double[] t, float[] f, int fo, int n, int o1, int o2, int o3, int p,
      int q, int r, boolean second, double rho, double[] mx, int s1, int s2) {
    double m1 = mx[s1];
    double m2 = mx[s2];
    float t1 = threshold(m1, rho);
    float t2 = threshold(m2, rho);
    final int pq = p + q;
    final int pr = p + r;
    final int qr = q + r;
    final int pqr = pq + r;
    for (int h = 0; h < n; h += o3 << 1) {
      for (int h2 = h; h2 < h + o3; h2 += o2 << 1) {
        for (int mid = h2; mid < h2 + o2; mid += o1 << 1) {
          for (int x = mid, e = mid + o1; x < e; x += LF) {
            final int xf = x + fo;
            FloatVector c0 = FloatVector.fromArray(F, f, xf);
            FloatVector cp = FloatVector.fromArray(F, f, xf + p);
            FloatVector cq = FloatVector.fromArray(F, f, xf + q);
            FloatVector cr = FloatVector.fromArray(F, f, xf + r);
            FloatVector cpq = FloatVector.fromArray(F, f, xf + pq);
            FloatVector cpr = FloatVector.fromArray(F, f, xf + pr);
            FloatVector cqr = FloatVector.fromArray(F, f, xf + qr);
            FloatVector cpqr = FloatVector.fromArray(F, f, xf + pqr);
            // (p, q) without and with r; (p, r) without and with q
            VectorMask<Float> up = cpq.sub(cp).sub(cq).add(c0).abs()
                .compare(VectorOperators.GT, cpq.mul(t1))
                .or(cpqr.sub(cpr).sub(cqr).add(cr).abs()
                    .compare(VectorOperators.GT, cpqr.mul(t1)))
                .or(cpr.sub(cp).sub(cr).add(c0).abs().compare(VectorOperators.GT, cpr.mul(t2)))
                .or(cpqr.sub(cpq).sub(cqr).add(cq).abs()
                    .compare(VectorOperators.GT, cpqr.mul(t2)));
            if (up.anyTrue()) {
              for (int y = x; y < x + LF; y += LD) {
                DoubleVector d0 = DoubleVector.fromArray(S, t, y);
                DoubleVector dp = DoubleVector.fromArray(S, t, y + p);
                DoubleVector dq = DoubleVector.fromArray(S, t, y + q);
                DoubleVector dr = DoubleVector.fromArray(S, t, y + r);
                DoubleVector dpq = DoubleVector.fromArray(S, t, y + pq);
                DoubleVector dpr = DoubleVector.fromArray(S, t, y + pr);
                DoubleVector dqr = DoubleVector.fromArray(S, t, y + qr);
                DoubleVector dpqr = DoubleVector.fromArray(S, t, y + pqr);
                // |c(X+a+b) - c(X+f) - c(X+g) + c(X)| / c(X+a+b): f = p unless second; the
                // branches meet in scalars (vectors merged from two branches would be boxed)
                double q1;
                double q2;
                double q3;
                double q4;
                if (second) {
                  q1 = dpq.sub(dq).sub(dp).add(d0).abs().div(dpq).reduceLanes(MAX);
                  q2 = dpqr.sub(dqr).sub(dpr).add(dr).abs().div(dpqr).reduceLanes(MAX);
                  q3 = dpr.sub(dr).sub(dp).add(d0).abs().div(dpr).reduceLanes(MAX);
                  q4 = dpqr.sub(dqr).sub(dpq).add(dq).abs().div(dpqr).reduceLanes(MAX);
                } else {
                  q1 = dpq.sub(dp).sub(dq).add(d0).abs().div(dpq).reduceLanes(MAX);
                  q2 = dpqr.sub(dpr).sub(dqr).add(dr).abs().div(dpqr).reduceLanes(MAX);
                  q3 = dpr.sub(dp).sub(dr).add(d0).abs().div(dpr).reduceLanes(MAX);
                  q4 = dpqr.sub(dpq).sub(dqr).add(dq).abs().div(dpqr).reduceLanes(MAX);
                }
                m1 = Math.max(m1, Math.max(q1, q2));
                m2 = Math.max(m2, Math.max(q3, q4));
              }
              t1 = threshold(m1, rho);
              t2 = threshold(m2, rho);
            }
          }
        }
      }
    }
    mx[s1] = m1;
    mx[s2] = m2;
  }
}
