package dev.concord.matcher.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NullCalibratedThresholdTest {
  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  @Test
  void findsTheShareOfFalseLinksAndCutsAboveTheNull() {
    Random rnd = new Random(5);
    int n = 4000;
    double[] best = new double[n];
    double[] nul = new double[n];
    for (int i = 0; i < n; i++) {
      nul[i] = clamp(0.3 + 0.1 * rnd.nextGaussian());
      // 60% of queries have no match: their best is drawn from the null
      best[i] = i < 0.6 * n ? clamp(0.3 + 0.1 * rnd.nextGaussian()) : clamp(0.8 + 0.08 * rnd.nextGaussian());
    }
    NullCalibratedThreshold.Estimate e = NullCalibratedThreshold.choose(best, nul);
    assertThat(e.pi0()).isBetween(0.5, 0.7);
    assertThat(e.threshold()).isBetween(0.45, 0.7);
  }

  @Test
  void keepsAlmostEverythingWhenEveryQueryHasAMatch() {
    Random rnd = new Random(6);
    double[] best = new double[1000];
    double[] nul = new double[1000];
    for (int i = 0; i < best.length; i++) {
      nul[i] = clamp(0.2 + 0.1 * rnd.nextGaussian());
      best[i] = clamp(0.75 + 0.15 * rnd.nextGaussian());
    }
    NullCalibratedThreshold.Estimate e = NullCalibratedThreshold.choose(best, nul);
    assertThat(e.pi0()).isLessThan(0.1);
    long kept = java.util.Arrays.stream(best).filter(s -> s >= e.threshold()).count();
    assertThat(kept).isGreaterThan(950);
  }
}
