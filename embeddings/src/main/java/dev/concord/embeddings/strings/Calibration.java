package dev.concord.embeddings.strings;

/**
 * Platt scaling (Platt, 1999): a match probability {@code 1 / (1 + exp(-(slope * s + intercept)))} of a
 * similarity {@code s}, fitted by logistic regression on positive and negative pairs. LinkOrgs turns its
 * distance into match decisions by a threshold; a logistic fit gives the same threshold at p = 0.5 and a
 * probability everywhere else.
 */
public record Calibration(double slope, double intercept) {
  public double probability(double similarity) {
    return 1 / (1 + Math.exp(-(slope * similarity + intercept)));
  }

  /** The similarity at which the probability is one half. */
  public double threshold() {
    return -intercept / slope;
  }

  /**
   * Newton's method on the logistic log-likelihood with the two classes weighted equally (so p = 0.5 sits where
   * the classes balance, whatever their counts) and a small ridge on the slope for separable data.
   */
  public static Calibration fit(double[] positives, double[] negatives) {
    if (positives.length == 0 || negatives.length == 0) {
      throw new IllegalArgumentException("calibration needs positive and negative pairs (had " + positives.length
          + " and " + negatives.length + ")");
    }
    double wp = 0.5 / positives.length;
    double wn = 0.5 / negatives.length;
    double a = 10;
    double b = -5;
    final double ridge = 1e-4;
    for (int it = 0; it < 50; it++) {
      double ga = -ridge * a, gb = 0, haa = ridge, hab = 0, hbb = 0;
      for (int cls = 0; cls < 2; cls++) {
        double[] xs = cls == 0 ? positives : negatives;
        double y = cls == 0 ? 1 : 0;
        double w = cls == 0 ? wp : wn;
        for (double x : xs) {
          double p = 1 / (1 + Math.exp(-(a * x + b)));
          double r = w * (y - p);
          ga += r * x;
          gb += r;
          double v = w * p * (1 - p);
          haa += v * x * x;
          hab += v * x;
          hbb += v;
        }
      }
      double det = haa * hbb - hab * hab;
      if (det <= 1e-18) break;
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a += da;
      b += db;
      if (Math.abs(da) + Math.abs(db) < 1e-9) break;
    }
    return new Calibration(a, b);
  }
}
