package dev.concord.matcher.threshold;

import java.util.List;
import java.util.Map;
import dev.concord.core.Ranking;

/**
 * How a fitted scorer's links are cut without gold: given the rankings, the links made with no threshold
 * ({@code linked}: query id to linked reference id) and those links' scores, the lowest score still linked.
 */
@FunctionalInterface
public interface RejectThreshold {
  double choose(List<Ranking> rankings, Map<String, String> linked, double[] linkScores);

  /** The null of each query's best candidate other than its link ({@link NullCalibratedThreshold}). */
  RejectThreshold RUNNER_UP_NULL = (rankings, linked, scores) ->
      NullCalibratedThreshold.forLinks(rankings, linked, scores).threshold();

  /**
   * The highest of the cuts: for estimates that can each only err towards keeping too much (each cut is a lower
   * bound of the right one), the strictest is the closest.
   */
  static RejectThreshold strictest(RejectThreshold first, RejectThreshold second) {
    return (rankings, linked, scores) ->
        Math.max(first.choose(rankings, linked, scores), second.choose(rankings, linked, scores));
  }
}
