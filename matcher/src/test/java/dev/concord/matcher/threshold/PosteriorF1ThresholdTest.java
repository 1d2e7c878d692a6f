package dev.concord.matcher.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PosteriorF1ThresholdTest {
  /** Balanced-class probability of a score drawn from N(+1, 1) (match) against N(-1, 1) (non-match). */
  private static double balancedProbability(double score) {
    return 1 / (1 + Math.exp(-2 * score));
  }

  private static double[] links(int matches, int nonMatches, long seed) {
    Random rnd = new Random(seed);
    double[] p = new double[matches + nonMatches];
    for (int i = 0; i < p.length; i++) p[i] = balancedProbability((i < matches ? 1 : -1) + rnd.nextGaussian());
    return p;
  }

  @Test
  void recoversTheShareOfMatchesAmongTheLinks() {
    assertThat(PosteriorF1Threshold.choose(links(3000, 1000, 1)).matchShare()).isBetween(0.72, 0.78);
    assertThat(PosteriorF1Threshold.choose(links(1000, 3000, 2)).matchShare()).isBetween(0.22, 0.28);
  }

  @Test
  void cutsHigherWhenFewerLinksAreMatches() {
    double many = PosteriorF1Threshold.choose(links(3000, 1000, 3)).threshold();
    double few = PosteriorF1Threshold.choose(links(1000, 3000, 4)).threshold();
    assertThat(few).isGreaterThan(many);
    // with a quarter of matches the F1-optimal posterior cut sits near F1/2, i.e. above the balanced 0.5
    assertThat(few).isGreaterThan(0.5);
    assertThat(many).isLessThan(0.5);
  }

  @Test
  void keepsEveryConfidentLinkAndRejectsTheFewImprobableOnes() {
    double[] p = new double[1000];
    Arrays.fill(p, 0, 980, 0.999);
    Arrays.fill(p, 980, 1000, 0.001);
    PosteriorF1Threshold.Estimate e = PosteriorF1Threshold.choose(p);
    assertThat(e.threshold()).isEqualTo(0.999);
    assertThat(e.matchShare()).isBetween(0.97, 0.99);
  }

  @Test
  void strictestTakesTheHigherCut() {
    RejectThreshold low = (r, l, s) -> 0.1;
    RejectThreshold high = (r, l, s) -> 0.7;
    assertThat(RejectThreshold.strictest(low, high).choose(java.util.List.of(), java.util.Map.of(), new double[0]))
        .isEqualTo(0.7);
    assertThat(RejectThreshold.strictest(high, low).choose(java.util.List.of(), java.util.Map.of(), new double[0]))
        .isEqualTo(0.7);
  }
}
