package dev.llmchem.engine.recommend;

/** Why a {@link Recommendation} is what it is; {@link #jsonName()} is the CLI's JSON value. */
public enum Reason {
  /** Hill climbing from the historical configurations (the reference's method). */
  LOCAL_SEARCH("local-search"),
  /** Exhaustive search: the global optimum of the same loss. */
  EXACT("exact"),
  /** No chemistry entries; every model of X_Q is good: the single best model. */
  FALLBACK_ALL_GOOD("fallback-all-good"),
  /** No chemistry entries; every model of X_Q is bad: nothing is recommended. */
  FALLBACK_ALL_BAD("fallback-all-bad"),
  /** No chemistry entries; mixed models: the single best model. */
  FALLBACK_MIXED("fallback-mixed"),
  /** Nothing to start from or nothing feasible: nothing is recommended. */
  NO_VALID_CONFIGURATIONS("no-valid-configurations");

  private final String jsonName;

  Reason(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The fixed JSON spelling (SPEC section 11). */
  public String jsonName() {
    return jsonName;
  }

  /** True for the three fallback reasons (chemistry had no entries). */
  public boolean isFallback() {
    return this == FALLBACK_ALL_GOOD || this == FALLBACK_ALL_BAD || this == FALLBACK_MIXED;
  }
}
