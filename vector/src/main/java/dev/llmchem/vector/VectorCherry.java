package dev.llmchem.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Two pairs that share a member, {@code (a, b1)} and {@code (a, b2)} (or, in the second form,
 * {@code (b1, a)} and {@code (b2, a)}), in one sweep, dividing only where a term may raise a
 * pair's maximum. For tables without zeros whose costs all lie in [2^-200, 2^200]
 * ({@code TableCheck.MODERATE}); bit-identical to two {@code pairMax} calls.
 *
 * <p>Per position x (the three bits clear) it loads the 8 cells of the {a, b1, b2} cube, one
 * vector each, and forms the four numerators |N| of the two pairs in the oracle's order. A term
 * |N| / D can only exceed the running maximum m if |N| > D * t with t = m (1 - 2^-40): when
 * |N| <= fl(D * t), |N| / D <= m (1 - 2^-40)(1 + 2^-53)^2 < m, so the rounded quotient is at
 * most m and cannot change the max (with D >= 2^-200 and t <= 2^402 the product neither
 * overflows nor, unless |N| is 0, underflows: a non-zero |N| of such costs is at least 2^-252).
 * Only then are the four quotients divided and reduced. After the first few buffers the test
 * almost never fires, so the loop is 8 loads and, per term, three adds, an abs, a multiply and a
 * compare, against a division (4-5 cycles per vector on AVX2) and 4 loads per term for the
 * one-pair loop, which streams its buffer from L2 once per pair.
 *
 * <p>The two forms differ only in the order of the two subtractions (the oracle's order
 * depends on which member is first); they are separate loops because passing that choice as a
 * flag makes C2 merge vectors from two branches and box them (measured: 3.8 ns per term).
 * The methods are kept small on purpose: with more pairs per sweep (a star of three leaves)
 * C2 stopped inlining the Vector API calls (NodeCountInliningCutoff) and the vectors were
 * boxed; a slow path in a called method made the loop 1.5x slower (no unrolling past a call).
 */
final class VectorCherry {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  /** Threshold factor below 1 so that fl(D * m * SHRINK) >= |N| proves the quotient <= m. */
  private static final double SHRINK = 1.0 - 0x1p-40;

  private VectorCherry() { }

  /**
   * Updates {@code mx[s1]} with the terms of (a, b1) and {@code mx[s2]} with those of (a, b2),
   * a first in S order; offsets are distinct powers of two, each at least the lane count.
   */
  static void cherryMax(double[] t, int n, int a, int b1, int b2, double[] mx, int s1,
      int s2) {
    int o1 = Math.min(a, Math.min(b1, b2));
    int o3 = Math.max(a, Math.max(b1, b2));
    int o2 = a + b1 + b2 - o1 - o3;
    sweep(t, n, o1, o2, o3, a, b1, b2, mx, s1, s2);
  }

  /** As {@link #cherryMax} with a second in S order in both pairs (b1, a), (b2, a). */
  static void cherryMaxSecond(double[] t, int n, int a, int b1, int b2, double[] mx, int s1,
      int s2) {
    int o1 = Math.min(a, Math.min(b1, b2));
    int o3 = Math.max(a, Math.max(b1, b2));
    int o2 = a + b1 + b2 - o1 - o3;
    sweepSecond(t, n, o1, o2, o3, a, b1, b2, mx, s1, s2);
  }

  /** The sweep over positions with bits o1 < o2 < o3 clear; P = a, Q = b1, R = b2. */
  private static void sweep(double[] t, int n, int o1, int o2, int o3, int p, int q, int r,
      double[] mx, int s1, int s2) {
    double m1 = mx[s1];
    double m2 = mx[s2];
    double t1 = m1 * SHRINK;
    double t2 = m2 * SHRINK;
    final int pq = p + q;
    final int pr = p + r;
    final int qr = q + r;
    final int pqr = pq + r;
    for (int h = 0; h < n; h += o3 << 1) {
      for (int h2 = h; h2 < h + o3; h2 += o2 << 1) {
        for (int mid = h2; mid < h2 + o2; mid += o1 << 1) {
          for (int x = mid, e = mid + o1; x < e; x += L) {
            DoubleVector c0 = DoubleVector.fromArray(S, t, x);
            DoubleVector cp = DoubleVector.fromArray(S, t, x + p);
            DoubleVector cq = DoubleVector.fromArray(S, t, x + q);
            DoubleVector cr = DoubleVector.fromArray(S, t, x + r);
            DoubleVector cpq = DoubleVector.fromArray(S, t, x + pq);
            DoubleVector cpr = DoubleVector.fromArray(S, t, x + pr);
            DoubleVector cqr = DoubleVector.fromArray(S, t, x + qr);
            DoubleVector cpqr = DoubleVector.fromArray(S, t, x + pqr);
            // (p, q) without and with r; (p, r) without and with q: |c(X+a+b) - c(X+a) - ...|
            DoubleVector n1 = cpq.sub(cp).sub(cq).add(c0).abs();
            DoubleVector n2 = cpqr.sub(cpr).sub(cqr).add(cr).abs();
            DoubleVector n3 = cpr.sub(cp).sub(cr).add(c0).abs();
            DoubleVector n4 = cpqr.sub(cpq).sub(cqr).add(cq).abs();
            VectorMask<Double> up = n1.compare(VectorOperators.GT, cpq.mul(t1))
                .or(n2.compare(VectorOperators.GT, cpqr.mul(t1)))
                .or(n3.compare(VectorOperators.GT, cpr.mul(t2)))
                .or(n4.compare(VectorOperators.GT, cpqr.mul(t2)));
            if (up.anyTrue()) {
              m1 = Math.max(m1, Math.max(n1.div(cpq).reduceLanes(VectorOperators.MAX),
                  n2.div(cpqr).reduceLanes(VectorOperators.MAX)));
              m2 = Math.max(m2, Math.max(n3.div(cpr).reduceLanes(VectorOperators.MAX),
                  n4.div(cpqr).reduceLanes(VectorOperators.MAX)));
              t1 = m1 * SHRINK;
              t2 = m2 * SHRINK;
            }
          }
        }
      }
    }
    mx[s1] = m1;
    mx[s2] = m2;
  }

  /** As {@link #sweep} with p second in both pairs: terms (q, p) and (r, p), f = q, r. */
  private static void sweepSecond(double[] t, int n, int o1, int o2, int o3, int p, int q,
      int r, double[] mx, int s1, int s2) {
    double m1 = mx[s1];
    double m2 = mx[s2];
    double t1 = m1 * SHRINK;
    double t2 = m2 * SHRINK;
    final int pq = p + q;
    final int pr = p + r;
    final int qr = q + r;
    final int pqr = pq + r;
    for (int h = 0; h < n; h += o3 << 1) {
      for (int h2 = h; h2 < h + o3; h2 += o2 << 1) {
        for (int mid = h2; mid < h2 + o2; mid += o1 << 1) {
          for (int x = mid, e = mid + o1; x < e; x += L) {
            DoubleVector c0 = DoubleVector.fromArray(S, t, x);
            DoubleVector cp = DoubleVector.fromArray(S, t, x + p);
            DoubleVector cq = DoubleVector.fromArray(S, t, x + q);
            DoubleVector cr = DoubleVector.fromArray(S, t, x + r);
            DoubleVector cpq = DoubleVector.fromArray(S, t, x + pq);
            DoubleVector cpr = DoubleVector.fromArray(S, t, x + pr);
            DoubleVector cqr = DoubleVector.fromArray(S, t, x + qr);
            DoubleVector cpqr = DoubleVector.fromArray(S, t, x + pqr);
            // (q, p) without and with r; (r, p) without and with q
            DoubleVector n1 = cpq.sub(cq).sub(cp).add(c0).abs();
            DoubleVector n2 = cpqr.sub(cqr).sub(cpr).add(cr).abs();
            DoubleVector n3 = cpr.sub(cr).sub(cp).add(c0).abs();
            DoubleVector n4 = cpqr.sub(cqr).sub(cpq).add(cq).abs();
            VectorMask<Double> up = n1.compare(VectorOperators.GT, cpq.mul(t1))
                .or(n2.compare(VectorOperators.GT, cpqr.mul(t1)))
                .or(n3.compare(VectorOperators.GT, cpr.mul(t2)))
                .or(n4.compare(VectorOperators.GT, cpqr.mul(t2)));
            if (up.anyTrue()) {
              m1 = Math.max(m1, Math.max(n1.div(cpq).reduceLanes(VectorOperators.MAX),
                  n2.div(cpqr).reduceLanes(VectorOperators.MAX)));
              m2 = Math.max(m2, Math.max(n3.div(cpr).reduceLanes(VectorOperators.MAX),
                  n4.div(cpqr).reduceLanes(VectorOperators.MAX)));
              t1 = m1 * SHRINK;
              t2 = m2 * SHRINK;
            }
          }
        }
      }
    }
    mx[s1] = m1;
    mx[s2] = m2;
  }
}
