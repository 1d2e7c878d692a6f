package dev.concord.matcher.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
  @Test
  void otsuSplitsTwoModes() {
    Random rnd = new Random(1);
    double[] s = new double[2000];
    for (int i = 0; i < s.length; i++) {
      s[i] = i % 2 == 0 ? 0.2 + rnd.nextGaussian() * 0.05 : 0.8 + rnd.nextGaussian() * 0.05;
      s[i] = Math.max(0, Math.min(1, s[i]));
    }
    assertThat(Thresholds.otsu(s)).isBetween(0.35, 0.65);
  }

  @Test
  void degenerateInputGivesTheMiddle() {
    assertThat(Thresholds.otsu(new double[] {0.7, 0.7, 0.7})).isEqualTo(0.5);
    assertThat(Thresholds.otsu(new double[0])).isEqualTo(0.5);
  }
}
