package dev.concord.matcher.supervised;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.matcher.features.PairFeatures;
import dev.concord.matcher.learn.BoostedTrees;
import java.util.List;

/**
 * The supervised protocol of DeepMatcher (Mudgal et al., SIGMOD 2018) and Ditto: a classifier of labelled pairs.
 * The same field-aware features as the unsupervised scorer, plus how each pair fares against its items' other
 * lexical candidates ({@link CompetitionFeatures}), feed gradient-boosted trees fitted on the training pairs; the decision threshold is the one that maximises F1 on the validation pairs (the protocol's model
 * selection), never on test.
 */
public final class SupervisedMatcher {
  private final PairFeatures features;
  private final CompetitionFeatures competition;
  private final Corpus left;
  private final Corpus right;
  private final BoostedTrees model;
  private final double threshold;

  private SupervisedMatcher(PairFeatures features, CompetitionFeatures competition, Corpus left, Corpus right,
      BoostedTrees model, double threshold) {
    this.features = features;
    this.competition = competition;
    this.left = left;
    this.right = right;
    this.model = model;
    this.threshold = threshold;
  }

  public static SupervisedMatcher fit(Corpus left, Corpus right, List<LabelledIdPair> train, List<LabelledIdPair> valid,
      long seed) {
    if (train.stream().noneMatch(LabelledIdPair::match) || train.stream().allMatch(LabelledIdPair::match)) {
      throw new IllegalArgumentException("training pairs need both matches and non-matches");
    }
    PairFeatures features = new PairFeatures(new TextAnalyzer(), left, right);
    CompetitionFeatures competition = new CompetitionFeatures(left, right);
    SupervisedMatcher unfitted = new SupervisedMatcher(features, competition, left, right, null, 0.5);
    double[][] x = unfitted.featureRows(train);
    int[] y = train.stream().mapToInt(p -> p.match() ? 1 : 0).toArray();
    BoostedTrees model = BoostedTrees.fit(x, y, null, new BoostedTrees.Settings(300, 6, 0.1, 1.0, 0.8, seed));
    double threshold = 0.5;
    if (!valid.isEmpty()) {
      double[] p = model.probabilities(unfitted.featureRows(valid));
      threshold = bestF1Threshold(p, valid.stream().mapToInt(v -> v.match() ? 1 : 0).toArray());
    }
    return new SupervisedMatcher(features, competition, left, right, model, threshold);
  }

  public double threshold() { return threshold; }

  /** Match probability of each pair. */
  public double[] probabilities(List<LabelledIdPair> pairs) {
    return model.probabilities(featureRows(pairs));
  }

  /** The pairs' decisions at the validation-chosen threshold. */
  public boolean[] decide(List<LabelledIdPair> pairs) {
    double[] p = probabilities(pairs);
    boolean[] out = new boolean[p.length];
    for (int i = 0; i < p.length; i++) out[i] = p[i] >= threshold;
    return out;
  }

  private double[][] featureRows(List<LabelledIdPair> pairs) {
    double[][] x = new double[pairs.size()][];
    java.util.stream.IntStream.range(0, pairs.size()).parallel().forEach(i -> {
      LabelledIdPair p = pairs.get(i);
      double[] pair = features.of(item(left, p.left()), item(right, p.right()));
      double[] comp = competition.of(p.left(), p.right());
      double[] row = java.util.Arrays.copyOf(pair, pair.length + comp.length);
      System.arraycopy(comp, 0, row, pair.length, comp.length);
      x[i] = row;
    });
    return x;
  }

  private static Item item(Corpus c, String id) {
    return c.byId(id).orElseThrow(() -> new IllegalArgumentException("pair names id '" + id + "', not in " + c.name()));
  }

  static double bestF1Threshold(double[] p, int[] y) {
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
    long positives = java.util.Arrays.stream(y).filter(v -> v == 1).count();
    double best = -1;
    double cut = 0.5;
    long tp = 0;
    for (int k = 0; k < order.length; k++) {
      tp += y[order[k]];
      if (k + 1 < order.length && p[order[k + 1]] == p[order[k]]) continue;
      double f1 = 2.0 * tp / (k + 1 + positives);
      if (f1 > best) {
        best = f1;
        cut = p[order[k]];
      }
    }
    return cut;
  }
}
