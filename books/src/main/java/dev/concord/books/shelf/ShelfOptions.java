package dev.concord.books.shelf;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * @param strategy        argmax, per-shelf assignment, or assignment with copies as capacities
 * @param candidates      books considered per spine
 * @param threshold       least score of a link; empty: chosen from the spines' best scores (Otsu), without gold
 * @param overflowPenalty score lost by each spine beyond a book's capacity (a multi-volume work catalogued once
 *                        shows several spines); infinite forbids overflow
 * @param shelfField      the spine field naming its shelf photo; spines without it are shelves of their own
 */
public record ShelfOptions(Strategy strategy, int candidates, OptionalDouble threshold, double overflowPenalty,
    String shelfField) {
  public static final ShelfOptions DEFAULT =
      new ShelfOptions(Strategy.SHELF_COPIES, 20, OptionalDouble.empty(), Double.POSITIVE_INFINITY, "shelf");

  public ShelfOptions {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(shelfField, "shelfField");
    if (candidates < 1) throw new IllegalArgumentException("candidates must be >= 1, was " + candidates);
    threshold.ifPresent(t -> {
      if (t < 0 || t > 1) throw new IllegalArgumentException("threshold must be in [0,1], was " + t);
    });
    if (!(overflowPenalty >= 0)) throw new IllegalArgumentException("overflowPenalty must be >= 0, was " + overflowPenalty);
  }

  public ShelfOptions withStrategy(Strategy s) {
    return new ShelfOptions(s, candidates, threshold, overflowPenalty, shelfField);
  }

  public ShelfOptions withThreshold(OptionalDouble t) {
    return new ShelfOptions(strategy, candidates, t, overflowPenalty, shelfField);
  }

  public ShelfOptions withOverflowPenalty(double p) {
    return new ShelfOptions(strategy, candidates, threshold, p, shelfField);
  }
}
