package dev.llmchem.engine.recommend;

import java.util.List;

/**
 * Why RECOMMEND answered what it did, for humans (the CLI's {@code --explain}). Immutable;
 * built by {@link Explainer}.
 *
 * @param reason the answer's reason (JSON spelling)
 * @param models the answer, sorted (empty = nothing)
 * @param loss the answer's loss (NaN without one)
 * @param maxT total chemistry of S (the intra bound)
 * @param maxI chemistry across the greedy cut (the inter bound)
 * @param cutA side A of the greedy cut (degree descending, even positions), sorted by degree
 * @param cutB side B of the greedy cut (odd positions), sorted by degree
 * @param intra chemistry inside the answer
 * @param inter chemistry between the answer and the models left out
 * @param interTerm alpha (maxI - inter)
 * @param intraTerm (1 - alpha)(maxT - intra)
 * @param sizeTerm beta |X|
 * @param members each member's chemistry with the other members and with the models left out
 * @param deciding the strongest pairs inside the answer (they cost loss) and across the cut
 *     (they earn it), with witnesses when available
 * @param fallback the fallback's classification, or null when chemistry had entries
 * @param runnerUps the best sets by loss over all sets allowed, best first (null: not computed,
 *     see {@code runnerUpsNote})
 * @param runnerUpsNote why runner-ups are missing, or null
 */
public record Explanation(String reason, List<String> models, double loss, double maxT,
    double maxI, List<String> cutA, List<String> cutB, double intra, double inter,
    double interTerm, double intraTerm, double sizeTerm, List<Member> members,
    List<Pair> deciding, Fallback fallback, List<RunnerUp> runnerUps, String runnerUpsNote) {

  /** Copies the lists. */
  public Explanation {
    models = List.copyOf(models);
    cutA = List.copyOf(cutA);
    cutB = List.copyOf(cutB);
    members = List.copyOf(members);
    deciding = List.copyOf(deciding);
    runnerUps = runnerUps == null ? null : List.copyOf(runnerUps);
  }

  /**
   * One member.
   *
   * @param model its name
   * @param inside sum of its chemistry with the other members (part of intra)
   * @param outside sum of its chemistry with the models left out (part of inter)
   * @param links every other model with chem &gt; 0 and whether it is a member, chem descending
   */
  public record Member(String model, double inside, double outside, List<Link> links) {
    /** Copies the list. */
    public Member {
      links = List.copyOf(links);
    }
  }

  /** A partner of a member. */
  public record Link(String model, double chem, boolean member) { }

  /**
   * A deciding pair.
   *
   * @param a first model (by name)
   * @param b second model
   * @param chem chem(a, b)
   * @param inside both are members (the pair adds to intra), else it crosses the cut
   * @param witness the subset X of the other models where the pair's CHEME term is largest
   *     (null when not available)
   */
  public record Pair(String a, String b, double chem, boolean inside, List<String> witness) {
    /** Copies the list. */
    public Pair {
      witness = witness == null ? null : List.copyOf(witness);
    }
  }

  /**
   * The fallback's view of V (the union of X_Q).
   *
   * @param policy the policy in force, in words
   * @param models every model of V with its profile and class
   */
  public record Fallback(String policy, List<Judged> models) {
    /** Copies the list. */
    public Fallback {
      models = List.copyOf(models);
    }
  }

  /** A model of V judged by the fallback: {@code verdict} is good, bad or neither. */
  public record Judged(String model, double a, double q, String verdict) { }

  /**
   * A set among the best by loss.
   *
   * @param models the set, sorted
   * @param loss its loss
   * @param margin its loss minus the answer's (negative: better than the answer)
   * @param answer whether it is the answer
   */
  public record RunnerUp(List<String> models, double loss, double margin, boolean answer) {
    /** Copies the list. */
    public RunnerUp {
      models = List.copyOf(models);
    }
  }
}
