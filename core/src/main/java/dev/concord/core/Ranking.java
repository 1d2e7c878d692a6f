package dev.concord.core;

import java.util.List;
import java.util.Objects;

/** The reference items ranked for one query item, best first. */
public record Ranking(String queryId, List<Candidate> candidates) {
  public Ranking {
    Objects.requireNonNull(queryId, "queryId");
    candidates = List.copyOf(candidates);
    for (int i = 1; i < candidates.size(); i++) {
      if (candidates.get(i).score() > candidates.get(i - 1).score()) {
        throw new IllegalArgumentException("candidates of " + queryId + " are not sorted by descending score");
      }
    }
  }

  public boolean isEmpty() { return candidates.isEmpty(); }

  /** The best candidate; call only when not empty. */
  public Candidate top() { return candidates.get(0); }
}
