package dev.concord.matcher.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {
  @Test
  void learnsASeparableRule() {
    Random rnd = new Random(3);
    double[][] x = new double[400][2];
    int[] y = new int[400];
    for (int i = 0; i < x.length; i++) {
      x[i][0] = rnd.nextDouble();
      x[i][1] = rnd.nextDouble();
      y[i] = x[i][0] + 0.2 * x[i][1] > 0.6 ? 1 : 0;
    }
    BoostedTrees model = BoostedTrees.fit(x, y, null, BoostedTrees.Settings.DEFAULT);
    assertThat(model.probability(new double[] {0.95, 0.5})).isGreaterThan(0.9);
    assertThat(model.probability(new double[] {0.05, 0.5})).isLessThan(0.1);
  }

  /**
   * Labels that rise with the feature except for a band of flipped labels in the middle (the noise of
   * pseudo-labels): unconstrained trees learn the dip, trees constrained to rise with the feature cannot.
   */
  @Test
  void aMonotoneConstraintKeepsNoisyLabelsFromMakingADip() {
    Random rnd = new Random(5);
    double[][] x = new double[2000][1];
    int[] y = new int[2000];
    for (int i = 0; i < x.length; i++) {
      x[i][0] = rnd.nextDouble();
      boolean band = x[i][0] > 0.6 && x[i][0] < 0.7;
      y[i] = (x[i][0] > 0.5) != band ? 1 : 0;
    }
    BoostedTrees free = BoostedTrees.fit(x, y, null, BoostedTrees.Settings.DEFAULT);
    BoostedTrees rising = BoostedTrees.fit(x, y, null, BoostedTrees.Settings.DEFAULT.withMonotone(new int[] {1}));
    assertThat(free.probability(new double[] {0.65})).isLessThan(free.probability(new double[] {0.55}));
    double previous = 0;
    for (double v = 0; v <= 1.0; v += 0.01) {
      double p = rising.probability(new double[] {v});
      assertThat(p).as("at %.2f", v).isGreaterThanOrEqualTo(previous - 1e-6);
      previous = p;
    }
    assertThat(rising.probability(new double[] {0.95})).isGreaterThan(0.9);
  }

  @Test
  void monotoneConstraintsMustNameEveryFeature() {
    double[][] x = {{0.1, 0.2}, {0.9, 0.8}};
    int[] y = {0, 1};
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> BoostedTrees.fit(x, y, null, BoostedTrees.Settings.DEFAULT.withMonotone(new int[] {1})))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
