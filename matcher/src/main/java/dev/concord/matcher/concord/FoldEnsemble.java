package dev.concord.matcher.concord;

import dev.concord.matcher.learn.BoostedTrees;
import java.util.List;

/**
 * The cross-fitted fold models used together for items unseen at fit time: the mean of their probabilities and
 * of their contributions (both are additive enough for an explanation), so no extra model is trained on all pairs.
 */
final class FoldEnsemble {
  private final List<BoostedTrees> folds;

  FoldEnsemble(List<BoostedTrees> folds) {
    this.folds = List.copyOf(folds);
  }

  double[] probabilities(double[][] x) {
    double[] sum = new double[x.length];
    for (BoostedTrees m : folds) {
      double[] p = m.probabilities(x);
      for (int i = 0; i < p.length; i++) sum[i] += p[i] / folds.size();
    }
    return sum;
  }

  /** The mean over the fold models of each row's contributions: they explain the mean of the folds' log-odds. */
  double[][] contributions(double[][] x) {
    double[][] out = new double[x.length][];
    if (x.length == 0) return out;
    for (BoostedTrees m : folds) {
      double[][] c = m.allContributions(x);
      for (int i = 0; i < x.length; i++) {
        if (out[i] == null) out[i] = new double[c[i].length];
        for (int j = 0; j < c[i].length; j++) out[i][j] += c[i][j] / folds.size();
      }
    }
    return out;
  }
}
