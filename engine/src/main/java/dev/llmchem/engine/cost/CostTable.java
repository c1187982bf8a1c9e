package dev.llmchem.engine.cost;

import dev.llmchem.engine.internal.SharedArrays;
import java.util.Arrays;

/**
 * Cost of every subset of S, held as a dense table over the subsets of U (cost depends only
 * on X ∩ U): {@code table[m]} for a mask m whose bit i is the model {@code bitToS[i]}.
 * Either the paper's Eq. 1 ({@link #eq1}) or a caller-supplied table ({@link #of}).
 * Immutable and thread-safe: the table never leaves the instance ({@link #cost(long)},
 * {@link #costOfUMask(int)} read one cell, {@link #table()} returns a copy); the engine's
 * CHEME kernels read it in place through {@link SharedArrays}.
 */
public final class CostTable {
  static {
    SharedArrays.register(t -> t.table);
  }

  private final double[] table;
  private final int[] bitToS;
  private final int universeSize;

  private CostTable(double[] table, int[] bitToS, int universeSize) {
    this.table = table;
    this.bitToS = bitToS;
    this.universeSize = universeSize;
  }

  /**
   * The Eq. 1 table for used models given in rank order.
   *
   * @param rankToS S index of each used model in rank order
   * @param penalty their penalties in the same order
   * @param universeSize |S|
   */
  public static CostTable eq1(int[] rankToS, double[] penalty, int universeSize) {
    return eq1(rankToS, penalty, universeSize, dev.llmchem.engine.control.ProgressListener.NONE);
  }

  /** As above; a large table can be stopped through {@code progress.cancelled()}. */
  public static CostTable eq1(int[] rankToS, double[] penalty, int universeSize,
      dev.llmchem.engine.control.ProgressListener progress) {
    return new CostTable(CostKernel.eq1Table(penalty, progress), rankToS.clone(), universeSize);
  }

  /**
   * A caller-supplied cost over the subsets of U (users embedding their own cost).
   *
   * @param table {@code 2^bitToS.length} non-negative finite costs (copied)
   * @param bitToS S index of each mask bit
   * @param universeSize |S|
   */
  public static CostTable of(double[] table, int[] bitToS, int universeSize) {
    int u = bitToS.length;
    if (u > CostKernel.MAX_USED || table.length != 1 << u) {
      throw new IllegalArgumentException("cost table has " + table.length
          + " entries; expected 2^" + u + " = " + (u > 30 ? "too many" : String.valueOf(1L << u)));
    }
    for (int i = 0; i < table.length; i++) {
      if (!(table[i] >= 0.0) || Double.isInfinite(table[i])) {
        throw new IllegalArgumentException("cost table entry " + i + " is " + table[i]
            + "; costs must be finite and >= 0");
      }
    }
    for (int s : bitToS) {
      if (s < 0 || s >= universeSize) {
        throw new IllegalArgumentException("bit maps to S index " + s + " outside [0, " + universeSize + ")");
      }
    }
    if (Arrays.stream(bitToS).distinct().count() != u) {
      throw new IllegalArgumentException("two bits map to the same model");
    }
    return new CostTable(table.clone(), bitToS.clone(), universeSize);
  }

  /** |U|: the number of mask bits. */
  public int usedCount() { return bitToS.length; }

  /** |S|. */
  public int universeSize() { return universeSize; }

  /** The table indexed by U-mask, length 2^|U|: a copy (O(2^|U|) time and memory). */
  public double[] table() { return table.clone(); }

  /** Cost of the subset of U given as a U-mask {@code uMask} (bit i = {@link #bitToS(int)}). */
  public double costOfUMask(int uMask) { return table[uMask]; }

  /** The bit→S mapping (a copy). */
  public int[] bitToS() { return bitToS.clone(); }

  /** S index of mask bit {@code bit}. */
  public int bitToS(int bit) { return bitToS[bit]; }

  /** Cost of a subset of S given as an S-mask (|S| &lt;= 64); members outside U do not matter. */
  public double cost(long sMask) {
    return table[toUMask(sMask)];
  }

  /** Cost of a subset of S given as a membership array over S indices (any |S|). */
  public double cost(boolean[] inS) {
    int m = 0;
    for (int i = 0; i < bitToS.length; i++) {
      if (inS[bitToS[i]]) {
        m |= 1 << i;
      }
    }
    return table[m];
  }

  /** Projects an S-mask onto U bits. */
  public int toUMask(long sMask) {
    int m = 0;
    for (int i = 0; i < bitToS.length; i++) {
      m |= (int) ((sMask >>> bitToS[i]) & 1L) << i;
    }
    return m;
  }
}
