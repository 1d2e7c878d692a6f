package dev.concord.matcher.threshold;

import dev.concord.core.Candidate;
import dev.concord.core.Ranking;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A link threshold chosen without labels by estimating, for every cut, how many kept links are false.
 *
 * <p>The scores of the best candidates are a mixture of true matches and of "the best of the non-matches" of
 * queries that have no match. The second-best candidates of every query give that null distribution empirically.
 * Each best score gets an empirical p-value against it; the share of nulls among the best scores, pi0, is
 * estimated as in Storey, "A direct approach to false discovery rates" (JRSS B, 2002), with its default
 * lambda = 0.5. At a cut t the expected false links are pi0 * n * P_null(S >= t), and the cut kept is the one
 * that maximises the F1 this implies.
 */
public final class NullCalibratedThreshold {
  private static final double LAMBDA = 0.5;

  private NullCalibratedThreshold() {}

  /** What the estimate found: the cut, the estimated null share and the F1 the estimate expects there. */
  public record Estimate(double threshold, double pi0, double expectedF1) {}

  /**
   * @param best scores of the candidates that would be linked without a threshold
   * @param null scores of candidates known not to be the query's match (e.g. each query's second best)
   */
  public static Estimate choose(double[] best, double[] nullScores) {
    if (best.length == 0) return new Estimate(0.5, 1, 0);
    if (nullScores.length == 0) return new Estimate(0.0, 0, 1);
    double[] nul = nullScores.clone();
    Arrays.sort(nul);
    double[] b = best.clone();
    Arrays.sort(b);
    int n = b.length;
    long aboveLambda = 0;
    for (double s : b) if (pValue(nul, s) > LAMBDA) aboveLambda++;
    double pi0 = Math.min(1.0, aboveLambda / ((1 - LAMBDA) * n));
    double expectedTrue = n * (1 - pi0);
    double bestF1 = -1;
    double cut = b[0];
    for (int i = 0; i < n; i++) {
      if (i > 0 && b[i] == b[i - 1]) continue;
      int kept = n - i;
      double falseKept = Math.min(kept, pi0 * n * pValue(nul, b[i]));
      double f1 = kept + expectedTrue > 0 ? 2 * (kept - falseKept) / (kept + expectedTrue) : 0;
      if (f1 > bestF1) {
        bestF1 = f1;
        cut = b[i];
      }
    }
    return new Estimate(cut, pi0, bestF1);
  }

  /**
   * The estimate for links made from rankings: the null scores are each ranked query's best candidate other than
   * the one it is linked to ({@code linked}: query id to linked reference id).
   */
  public static Estimate forLinks(List<Ranking> rankings, Map<String, String> linked, double[] linkScores) {
    double[] nul = rankings.stream().mapToDouble(r -> {
      String taken = linked.get(r.queryId());
      for (Candidate c : r.candidates()) if (!c.id().equals(taken)) return c.score();
      return Double.NaN;
    }).filter(d -> !Double.isNaN(d)).toArray();
    return choose(linkScores, nul);
  }

  /** Share of null scores at or above s. */
  private static double pValue(double[] sortedNull, double s) {
    int lo = 0;
    int hi = sortedNull.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedNull[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    return (sortedNull.length - lo) / (double) sortedNull.length;
  }
}
