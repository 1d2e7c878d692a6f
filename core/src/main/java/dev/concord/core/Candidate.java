package dev.concord.core;

import java.util.Objects;

/** One ranked answer for a query: the reference item's id, its score in [0,1] and why. */
public record Candidate(String id, double score, Explanation explanation) {
  public Candidate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(explanation, "explanation");
  }

  public Candidate(String id, double score) {
    this(id, score, Explanation.NONE);
  }
}
