package dev.concord.books.threshold;

import java.util.Arrays;

/**
 * A reject threshold chosen without labels from what a spine would score if its book were missing from the
 * catalogue. For every spine, the best score over the books other than its best one is a draw from that null
 * distribution (a non-book or an uncatalogued book scores like this). With the share of spines that have no
 * book estimated as in Storey (2002), {@code pi0 = #(best <= lambda) / (n * Fnull(lambda))} at the null's
 * median {@code lambda}, the expected false links above a threshold {@code t} are {@code pi0 * n * (1 -
 * Fnull(t))}; the threshold maximises the F1 this estimate implies (links are scores at or above it).
 */
public final class LeaveBestOutThreshold {
  private LeaveBestOutThreshold() {}

  /**
   * @param best   each spine's best score
   * @param runnerUp each spine's best score among books other than its best (0 when it had no other)
   */
  public static double of(double[] best, double[] runnerUp) {
    if (best.length != runnerUp.length) throw new IllegalArgumentException("one runner-up score per best score");
    int n = best.length;
    if (n == 0) return 0.5;
    double[] nul = runnerUp.clone();
    Arrays.sort(nul);
    double[] b = best.clone();
    Arrays.sort(b);
    double lambda = nul[n / 2];
    double nullAtLambda = fractionAtMost(nul, lambda);
    double pi0 = nullAtLambda == 0 ? 1 : Math.min(1, fractionAtMost(b, lambda) / nullAtLambda);
    double positives = n * (1 - pi0);
    double bestT = b[n - 1];
    double bestF1 = -1;
    for (int i = 0; i < n; i++) {
      if (i > 0 && b[i] == b[i - 1]) continue;
      double t = b[i];
      double above = n - i;
      double falseLinks = pi0 * n * (1 - fractionBelow(nul, t));
      double trueLinks = Math.max(0, above - falseLinks);
      double f1 = above + positives == 0 ? 0 : 2 * trueLinks / (above + positives);
      if (f1 > bestF1) {
        bestF1 = f1;
        // halfway to the next lower score: the same links, and a margin for scores not seen here
        bestT = i == 0 ? t : (t + b[i - 1]) / 2;
      }
    }
    return bestT;
  }

  private static double fractionAtMost(double[] sorted, double x) {
    int i = upperBound(sorted, x);
    return (double) i / sorted.length;
  }

  private static double fractionBelow(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) lo = mid + 1; else hi = mid;
    }
    return (double) lo / sorted.length;
  }

  private static int upperBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}
