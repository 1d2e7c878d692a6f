package dev.concord.matcher.threshold;

import java.util.Arrays;

/** Thresholds chosen from a score distribution alone, without gold labels. */
public final class Thresholds {
  private Thresholds() {}

  /**
   * Otsu's threshold (1979): the cut of a 1-D histogram that maximises the between-class variance,
   * i.e. the natural split of bimodal scores into matches and non-matches. Scores in [0,1], 100 bins.
   * Returns 0.5 when there are fewer than two distinct scores.
   */
  public static double otsu(double[] scores) {
    final int bins = 100;
    if (scores.length < 2) return 0.5;
    double[] s = scores.clone();
    Arrays.sort(s);
    if (s[0] == s[s.length - 1]) return 0.5;
    long[] hist = new long[bins];
    for (double v : s) hist[Math.min(bins - 1, Math.max(0, (int) (v * bins)))]++;
    double total = s.length;
    double sumAll = 0;
    for (int i = 0; i < bins; i++) sumAll += (i + 0.5) * hist[i];
    double sumB = 0;
    long wB = 0;
    double bestVar = -1;
    int best = bins / 2;
    for (int t = 0; t < bins - 1; t++) {
      wB += hist[t];
      if (wB == 0) continue;
      long wF = (long) total - wB;
      if (wF == 0) break;
      sumB += (t + 0.5) * hist[t];
      double mB = sumB / wB;
      double mF = (sumAll - sumB) / wF;
      double between = (double) wB * wF * (mB - mF) * (mB - mF);
      if (between > bestVar) {
        bestVar = between;
        best = t;
      }
    }
    return (best + 1) / (double) bins;
  }
}
