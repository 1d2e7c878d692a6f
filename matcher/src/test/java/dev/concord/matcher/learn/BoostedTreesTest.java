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
}
