package dev.concord.matcher.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.embeddings.graph.Saturation;
import org.junit.jupiter.api.Test;

class GraphScorerSettingsTest {
  /** Settings read with {@code concord.graph.<key>} set to {@code value}; the property is cleared afterwards. */
  private static GraphScorerSettings with(String key, String value, long seed) {
    System.setProperty("concord.graph." + key, value);
    try {
      return GraphScorerSettings.fromSystemProperties(seed);
    } finally {
      System.clearProperty("concord.graph." + key);
    }
  }

  @Test
  void membersDifferOnlyInTheirSeeds() {
    GraphScorerSettings s = with("members", "3", 42);
    assertThat(s.members()).hasSize(3);
    assertThat(s.members()).extracting(o -> o.word2vec().seed()).containsExactly(42L, 43L, 44L);
    assertThat(s.members()).extracting(o -> o.walks().seed()).containsExactly(42L, 43L, 44L);
    assertThat(s.members().get(2).word2vec().dimensions()).isEqualTo(s.embedding().word2vec().dimensions());
  }

  @Test
  void theDefaultCountIsUsedAndZeroMembersAreRefused() {
    assertThat(GraphScorerSettings.fromSystemProperties(7).members()).hasSize(GraphScorerSettings.DEFAULT_MEMBERS);
    assertThatThrownBy(() -> with("members", "0", 7)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void relevanceIsRobertsonsBm25ByDefaultAndCanBeTurnedOff() {
    assertThat(GraphScorerSettings.fromSystemProperties(7).relevance()).contains(Saturation.ROBERTSON);
    assertThat(with("relevance", "none", 7).relevance()).isEmpty();
    assertThatThrownBy(() -> with("relevance", "tfidf", 7)).hasMessageContaining("relevance");
  }

  @Test
  void factorsAreWeighedByAgreementByDefaultAndCanBeLeftEqual() {
    assertThat(GraphScorerSettings.fromSystemProperties(7).weighFactors()).isTrue();
    assertThat(with("weights", "equal", 7).weighFactors()).isFalse();
    assertThatThrownBy(() -> with("weights", "learned", 7)).hasMessageContaining("weights");
  }
}
