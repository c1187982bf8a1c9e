package dev.llmchem.engine.history;

/** The selection strategy that produced a trial (the {@code strategy} column). */
public enum Strategy {
  RANDOM, PERFORMANCE, REMOTE, LOCAL, CHEMISTRY;

  private static final Strategy[] VALUES = values();

  /** Code stored in the history for "no recognised strategy" (missing or unknown value). */
  public static final byte NONE = -1;

  /** The strategy with this exact upper-case name, or null. */
  public static Strategy parse(String s) {
    for (Strategy v : VALUES) {
      if (v.name().equals(s)) {
        return v;
      }
    }
    return null;
  }

  /** The strategy for a stored code, or null for {@link #NONE}. */
  public static Strategy ofCode(byte code) {
    return code < 0 ? null : VALUES[code];
  }

  /** The code stored in a history column. */
  public byte code() {
    return (byte) ordinal();
  }
}
