package dev.concord.books.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LeaveBestOutThresholdTest {
  @Test
  void fallsBetweenSpinesWithABookAndSpinesWithout() {
    Random rnd = new Random(3);
    int n = 1000;
    double[] best = new double[n];
    double[] runnerUp = new double[n];
    for (int i = 0; i < n; i++) {
      // a spine without a book scores like any spine's runner-up: both come from the null distribution
      boolean hasBook = i % 4 != 0;
      runnerUp[i] = 0.1 + 0.3 * rnd.nextDouble();
      best[i] = hasBook ? 0.7 + 0.3 * rnd.nextDouble() : 0.1 + 0.3 * rnd.nextDouble();
    }
    double t = LeaveBestOutThreshold.of(best, runnerUp);
    assertThat(t).isGreaterThan(0.35).isLessThanOrEqualTo(0.7);
  }

  @Test
  void needsOneRunnerUpPerSpine() {
    assertThatThrownBy(() -> LeaveBestOutThreshold.of(new double[2], new double[1]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
