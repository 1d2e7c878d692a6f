package dev.concord.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a link was made: feature values, their contributions to the score, and the tokens both sides share.
 */
public record Explanation(Map<String, Double> features, Map<String, Double> contributions, List<String> matchedTokens) {
  public static final Explanation NONE = new Explanation(Map.of(), Map.of(), List.of());

  public Explanation {
    features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
    matchedTokens = List.copyOf(matchedTokens);
  }
}
