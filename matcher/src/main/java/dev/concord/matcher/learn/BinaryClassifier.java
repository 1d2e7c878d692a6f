package dev.concord.matcher.learn;

/** A fitted model giving the probability that a feature vector is a match. */
public interface BinaryClassifier {
  double probability(double[] features);

  /** Probabilities of many rows at once (faster for native models). */
  default double[] probabilities(double[][] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) out[i] = probability(rows[i]);
    return out;
  }
}
