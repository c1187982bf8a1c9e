package dev.llmchem.engine.interaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One task's pairwise interaction index over S: the values of the pairs inside U (stored as a
 * |U| x |U| matrix) and 0 for every pair with a member outside U (such a member never changes
 * a cost, so every second difference it takes part in is 0). Immutable and thread-safe; no
 * method hands out an array it keeps. Memory 8 |U|^2 + 4 |S| bytes plus the names.
 *
 * <p>Sign (v = cost, lower is better): a negative value says the two models lower the cost
 * more together than their separate effects add up to (complements); a positive value says
 * they lower it less (substitutes: one makes the other partly redundant); 0 is additivity.
 */
public final class InteractionMatrix {
  private final InteractionIndex index;
  private final String method;
  private final String[] names;
  private final int[] bitToS;
  private final int[] sToBit;
  private final double[] values;

  private InteractionMatrix(InteractionIndex index, String method, String[] names, int[] bitToS,
      double[] values) {
    this.index = index;
    this.method = method;
    this.names = names;
    this.bitToS = bitToS;
    this.values = values;
    this.sToBit = new int[names.length];
    Arrays.fill(sToBit, -1);
    for (int b = 0; b < bitToS.length; b++) {
      sToBit[bitToS[b]] = b;
    }
  }

  /**
   * A matrix from a kernel's answer (arrays copied).
   *
   * @param names S, sorted by name (index = S index)
   * @param bitToS S index of each player (U bit) of {@code values}
   * @param values |U| x |U| row-major over U bits, symmetric, finite, diagonal 0
   * @param method the method that computed it ("dense", "naive", "exact-eq1", ...)
   */
  public static InteractionMatrix of(InteractionIndex index, String method, String[] names,
      int[] bitToS, double[] values) {
    int u = bitToS.length;
    if (values.length != u * u) {
      throw new IllegalArgumentException("expected " + u + " x " + u + " values, got "
          + values.length);
    }
    for (int k = 1; k < names.length; k++) {
      if (names[k - 1].compareTo(names[k]) >= 0) {
        throw new IllegalArgumentException("model names must be sorted and distinct");
      }
    }
    boolean[] seen = new boolean[names.length];
    for (int s : bitToS) {
      if (s < 0 || s >= names.length || seen[s]) {
        throw new IllegalArgumentException("bad S index " + s + " for |S| = " + names.length);
      }
      seen[s] = true;
    }
    for (int a = 0; a < u; a++) {
      for (int b = 0; b < u; b++) {
        double x = values[a * u + b];
        if (!Double.isFinite(x) || x != values[b * u + a] || (a == b && x != 0)) {
          throw new IllegalArgumentException("not a symmetric finite matrix at (" + a + ", "
              + b + ")");
        }
      }
    }
    return new InteractionMatrix(index, method, names.clone(), bitToS.clone(), values.clone());
  }

  /** One pair (a &lt; b by name) and its value. */
  public record Entry(String a, String b, double value) { }

  /** The index. */
  public InteractionIndex index() { return index; }

  /** The method that computed the values: "dense", "naive" or "exact-eq1". */
  public String method() { return method; }

  /** |S|. */
  public int size() { return names.length; }

  /** |U|: the models whose pairs can be non-zero. */
  public int usedCount() { return bitToS.length; }

  /** S names, sorted (a copy). */
  public String[] models() { return names.clone(); }

  /** The value of the pair (a, b) by S index; 0 on the diagonal and outside U. */
  public double value(int a, int b) {
    int x = sToBit[a];
    int y = sToBit[b];
    return x < 0 || y < 0 ? 0.0 : values[x * bitToS.length + y];
  }

  /** The value of the pair by names (an unknown name is an error). */
  public double value(String a, String b) {
    return value(indexOf(a), indexOf(b));
  }

  private int indexOf(String m) {
    int i = Arrays.binarySearch(names, m);
    if (i < 0) {
      throw new IllegalArgumentException("unknown model '" + m + "'");
    }
    return i;
  }

  /** The |S| x |S| matrix, row-major over S indices (a fresh array). */
  public double[] toArray() {
    int s = names.length;
    double[] out = new double[s * s];
    for (int a = 0; a < s; a++) {
      for (int b = 0; b < s; b++) {
        out[a * s + b] = value(a, b);
      }
    }
    return out;
  }

  /** Every pair of S (pairs outside U with 0), sorted by (a, b). O(|S|^2). */
  public List<Entry> entries() {
    int s = names.length;
    List<Entry> out = new ArrayList<>(s * (s - 1) / 2);
    for (int a = 0; a < s; a++) {
      for (int b = a + 1; b < s; b++) {
        out.add(new Entry(names[a], names[b], value(a, b)));
      }
    }
    return out;
  }

  /**
   * The {@code n} pairs of U of largest |value|, then by (a, b); pairs outside U (0) are not
   * listed.
   */
  public List<Entry> strongest(int n) {
    List<Entry> out = new ArrayList<>();
    for (int x = 0; x < bitToS.length; x++) {
      for (int y = x + 1; y < bitToS.length; y++) {
        int a = Math.min(bitToS[x], bitToS[y]);
        int b = Math.max(bitToS[x], bitToS[y]);
        out.add(new Entry(names[a], names[b], values[x * bitToS.length + y]));
      }
    }
    out.sort(Comparator.comparingDouble((Entry e) -> -Math.abs(e.value()))
        .thenComparing(Entry::a).thenComparing(Entry::b));
    return List.copyOf(out.subList(0, Math.min(Math.max(n, 0), out.size())));
  }

  @Override
  public String toString() {
    return index.label() + " interaction (" + method + ") over |S| = " + names.length
        + ", |U| = " + bitToS.length;
  }
}
