package dev.llmchem.engine.testutil;

import dev.llmchem.engine.control.LimitException;

/** The refusal a call makes, for tests that inspect its structured facts. */
public final class Refusals {
  private Refusals() { }

  /** Runs {@code r} and returns the {@link LimitException} it throws; fails if none. */
  public static LimitException of(Runnable r) {
    try {
      r.run();
    } catch (LimitException e) {
      return e;
    }
    throw new AssertionError("no LimitException");
  }
}
