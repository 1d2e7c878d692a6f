package dev.concord.matcher.threshold;

import java.util.Arrays;

/**
 * A link threshold for scores that are probabilities of a classifier trained on balanced classes, chosen without
 * labels. Such a probability p gives the likelihood ratio p / (1 - p) of the two classes; the share of matches
 * among the links is the prior that makes the mean posterior equal to itself, found by the EM fixed point of
 * Saerens, Latinne and Decaestecker, "Adjusting the outputs of a classifier to new a priori probabilities: a simple
 * procedure" (Neural Computation, 2002). With those posteriors, the cut kept is the one that maximises the
 * expected F1 (kept posteriors over kept links plus expected matches), as in Lipton, Elkan and Naryanaswamy,
 * "Optimal thresholding of classifiers to maximize F1 measure" (ECML PKDD 2014).
 */
public final class PosteriorF1Threshold {
  /** Probabilities are clamped this far from 0 and 1 so that every likelihood ratio is finite. */
  private static final double EPSILON = 1e-6;
  private static final int MAX_ITERATIONS = 1000;

  private PosteriorF1Threshold() {}

  /** What the estimate found: the cut, the estimated share of matches among the links and the F1 expected there. */
  public record Estimate(double threshold, double matchShare, double expectedF1) {}

  /** @param probabilities balanced-class match probabilities of the links made without a threshold */
  public static Estimate choose(double[] probabilities) {
    int n = probabilities.length;
    if (n == 0) return new Estimate(0.5, 0, 0);
    double[] ratio = new double[n];
    for (int i = 0; i < n; i++) {
      double p = Math.max(EPSILON, Math.min(1 - EPSILON, probabilities[i]));
      ratio[i] = p / (1 - p);
    }
    double share = 0.5; // the training prior of balanced classes
    double[] posterior = new double[n];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        posterior[i] = share * ratio[i] / (share * ratio[i] + 1 - share);
        sum += posterior[i];
      }
      double next = sum / n;
      boolean converged = Math.abs(next - share) < 1e-12;
      share = next;
      if (converged) break;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
    double expectedMatches = share * n;
    double keptPosterior = 0;
    double bestF1 = -1;
    double cut = probabilities[order[0]];
    for (int k = 0; k < n; k++) {
      keptPosterior += posterior[order[k]];
      // ties are kept or cut together
      if (k + 1 < n && probabilities[order[k + 1]] == probabilities[order[k]]) continue;
      double f1 = 2 * keptPosterior / (k + 1 + expectedMatches);
      if (f1 > bestF1) {
        bestF1 = f1;
        cut = probabilities[order[k]];
      }
    }
    return new Estimate(cut, share, bestF1);
  }
}
