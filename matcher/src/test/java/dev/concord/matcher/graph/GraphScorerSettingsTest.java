package dev.concord.matcher.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.embeddings.graph.Saturation;
import org.junit.jupiter.api.Test;

class GraphScorerSettingsTest {
  @Test
  void membersDifferOnlyInTheirSeeds() {
    System.setProperty("concord.graph.members", "3");
    try {
      GraphScorerSettings s = GraphScorerSettings.fromSystemProperties(42);
      assertThat(s.members()).hasSize(3);
      assertThat(s.members()).extracting(o -> o.word2vec().seed()).containsExactly(42L, 43L, 44L);
      assertThat(s.members()).extracting(o -> o.walks().seed()).containsExactly(42L, 43L, 44L);
      assertThat(s.members().get(2).word2vec().dimensions()).isEqualTo(s.embedding().word2vec().dimensions());
    } finally {
      System.clearProperty("concord.graph.members");
    }
  }

  @Test
  void theDefaultCountIsUsedAndZeroMembersAreRefused() {
    assertThat(GraphScorerSettings.fromSystemProperties(7).members()).hasSize(GraphScorerSettings.DEFAULT_MEMBERS);
    System.setProperty("concord.graph.members", "0");
    try {
      assertThatThrownBy(() -> GraphScorerSettings.fromSystemProperties(7)).isInstanceOf(IllegalArgumentException.class);
    } finally {
      System.clearProperty("concord.graph.members");
    }
  }

  @Test
  void relevanceIsRobertsonsBm25ByDefaultAndCanBeTurnedOff() {
    assertThat(GraphScorerSettings.fromSystemProperties(7).relevance()).contains(Saturation.ROBERTSON);
    System.setProperty("concord.graph.relevance", "none");
    try {
      assertThat(GraphScorerSettings.fromSystemProperties(7).relevance()).isEmpty();
      System.setProperty("concord.graph.relevance", "tfidf");
      assertThatThrownBy(() -> GraphScorerSettings.fromSystemProperties(7)).hasMessageContaining("relevance");
    } finally {
      System.clearProperty("concord.graph.relevance");
    }
  }
}
