package dev.concord.matcher;

import java.util.OptionalDouble;

/**
 * How the engine decides.
 *
 * @param scorer    name of the scorer (see {@link Scorers})
 * @param mode      how rankings become links
 * @param k         candidates kept per query (and links per query in top-k mode)
 * @param threshold minimum score of a link; empty means chosen from the score distribution, without gold
 */
public record EngineConfig(String scorer, MatchMode mode, int k, OptionalDouble threshold) {
  public static final EngineConfig DEFAULT = new EngineConfig("lexical", MatchMode.ONE_TO_ONE, 10, OptionalDouble.empty());

  public EngineConfig {
    if (k < 1) throw new IllegalArgumentException("k must be >= 1, was " + k);
    threshold.ifPresent(t -> {
      if (t < 0 || t > 1) throw new IllegalArgumentException("threshold must be in [0,1], was " + t);
    });
  }

  public EngineConfig withScorer(String s) { return new EngineConfig(s, mode, k, threshold); }

  public EngineConfig withMode(MatchMode m) { return new EngineConfig(scorer, m, k, threshold); }

  public EngineConfig withK(int n) { return new EngineConfig(scorer, mode, n, threshold); }

  public EngineConfig withThreshold(OptionalDouble t) { return new EngineConfig(scorer, mode, k, t); }
}
