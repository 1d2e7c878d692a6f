package dev.concord.matcher.supervised;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupervisedMatcherTest {
  @Test
  void validationThresholdMaximisesF1() {
    // sorted by probability: 0.9 (match), 0.8 (match), 0.6 (non), 0.4 (match), 0.1 (non)
    double[] p = {0.6, 0.9, 0.1, 0.8, 0.4};
    int[] y = {0, 1, 0, 1, 1};
    // cut 0.8: P 1, R 2/3, F1 0.8; cut 0.4: P 3/4, R 1, F1 0.857 (best); cut 0.1: P 3/5, R 1, F1 0.75
    assertThat(SupervisedMatcher.bestF1Threshold(p, y)).isEqualTo(0.4);
  }
}
