package dev.concord.matcher.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvidenceWeightsTest {
  @Test
  void equalWeightsAreThePlainProduct() {
    assertThat(EvidenceWeights.EQUAL.first(0.6) * EvidenceWeights.EQUAL.evidence(0.5, 0.4)).isCloseTo(0.6 * 0.5 * 0.4, within(1e-12));
  }

  @Test
  void weightsAreScaledToSumToThreeAndEachFactorIsRaisedToItsOwn() {
    EvidenceWeights w = EvidenceWeights.normalised(1, 4, 1);
    assertThat(w.cosine() + w.recall() + w.relevance()).isCloseTo(3, within(1e-12));
    assertThat(w).isEqualTo(new EvidenceWeights(0.5, 2, 0.5));
    assertThat(w.first(0.64)).isCloseTo(0.8, within(1e-12));
    assertThat(w.evidence(0.5, 0.25)).isCloseTo(0.25 * 0.5, within(1e-12));
  }

  @Test
  void zeroWeightsAreEqualAndNegativeOnesRefused() {
    assertThat(EvidenceWeights.normalised(0, 0, 0)).isEqualTo(EvidenceWeights.EQUAL);
    assertThatThrownBy(() -> new EvidenceWeights(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
