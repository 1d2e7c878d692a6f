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

  double[][] allContributions(double[][] x) {
    double[][] sum = null;
    for (BoostedTrees m : folds) {
      double[][] c = m.allContributions(x);
      if (sum == null) sum = new double[c.length][c.length == 0 ? 0 : c[0].length];
      for (int i = 0; i < c.length; i++) for (int j = 0; j < c[i].length; j++) sum[i][j] += c[i][j] / folds.size();
    }
    return sum == null ? new double[0][] : sum;
  }
}
