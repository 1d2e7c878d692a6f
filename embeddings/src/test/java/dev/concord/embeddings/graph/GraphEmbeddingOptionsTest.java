package dev.concord.embeddings.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.core.settings.PropertySettings;
import dev.concord.graph.compress.OneSidedTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphEmbeddingOptionsTest {
  private static GraphEmbeddingOptions from(Map<String, String> properties) {
    return GraphEmbeddingOptions.from(new PropertySettings("g.", properties::get), 7);
  }

  @Test
  void unsetKeysKeepTheDefaultsAndTheSeedReachesWalksAndTraining() {
    GraphEmbeddingOptions o = from(Map.of());
    assertThat(o.walks().walksPerNode()).isEqualTo(20);
    assertThat(o.walks().tokenBudget()).isEqualTo(GraphEmbeddingOptions.WALK_TOKEN_BUDGET);
    assertThat(o.walks().seed()).isEqualTo(7);
    assertThat(o.word2vec().seed()).isEqualTo(7);
    assertThat(o.word2vec().dimensions()).isEqualTo(64);
    assertThat(o.compress().oneSided()).isEqualTo(OneSidedTokens.KEEP_LAST_CORPUS);
    assertThat(o.synonyms()).isEmpty();
    assertThat(o.encoder()).isEqualTo("sgns");
  }

  @Test
  void keysUnderThePrefixOverrideAndBadValuesAreRefusedByName() {
    GraphEmbeddingOptions o = from(Map.of("g.walks", "40", "g.dims", "128", "g.oneSided", "drop", "g.synonyms", "syn.tsv"));
    assertThat(o.walks().walksPerNode()).isEqualTo(40);
    assertThat(o.walks().maxWalksPerNode()).isEqualTo(100);
    assertThat(o.word2vec().dimensions()).isEqualTo(128);
    assertThat(o.compress().oneSided()).isEqualTo(OneSidedTokens.DROP);
    assertThat(o.synonyms()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("syn.tsv"));
    assertThatThrownBy(() -> from(Map.of("g.oneSided", "both"))).hasMessageContaining("g.oneSided=both");
  }
}
