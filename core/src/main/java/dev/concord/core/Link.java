package dev.concord.core;

import java.util.Objects;

/**
 * A decision that two items refer to the same entity.
 *
 * @param left        id of the left (query) item
 * @param right       id of the right (reference) item
 * @param score       confidence in [0,1]
 * @param method      the scorer and model version that made it
 * @param explanation the features and tokens that drove the score
 */
public record Link(String left, String right, double score, String method, Explanation explanation) {
  public Link {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(explanation, "explanation");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0,1], was " + score);
    }
  }
}
