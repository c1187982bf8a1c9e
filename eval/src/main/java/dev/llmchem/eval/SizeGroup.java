package dev.llmchem.eval;

/**
 * The paper's group sizes N = 3, 5, 10, as buckets of a configuration's row count (trials
 * lose members to failures, so sizes are ranges). The reference's scripts disagree on the
 * smallest bucket: RQ1 and the maps take 1 &lt; rows &lt;= 3, RQ2 and RQ3 take rows &lt;= 3
 * (single models included); each table is reproduced with its script's rule.
 */
public enum SizeGroup {
  N3(3), N5(5), N10(10);

  /** Which script's bucket rule. */
  public enum Rule {
    /** RQ1 and the maps: 1 &lt; rows &lt;= 3, 3 &lt; rows &lt;= 5, rows &gt; 5. */
    RQ1,
    /** RQ2 and RQ3: rows &lt;= 3 (single models included), 3 &lt; rows &lt;= 5, rows &gt; 5. */
    RQ2_RQ3
  }

  private final int n;

  SizeGroup(int n) {
    this.n = n;
  }

  /** The target size N. */
  public int n() {
    return n;
  }

  /** Whether a configuration of {@code rows} rows belongs to this group under {@code rule}. */
  public boolean contains(int rows, Rule rule) {
    switch (this) {
      case N3:
        return rows <= 3 && (rows > 1 || rule == Rule.RQ2_RQ3);
      case N5:
        return rows > 3 && rows <= 5;
      default:
        return rows > 5;
    }
  }

  /** The reference's RQ2/RQ3 label: N≤3, 3&lt;N≤5, N&gt;5. */
  public String rangeLabel() {
    switch (this) {
      case N3:
        return "N\u22643";
      case N5:
        return "3<N\u22645";
      default:
        return "N>5";
    }
  }
}
