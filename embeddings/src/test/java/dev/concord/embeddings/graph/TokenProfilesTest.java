package dev.concord.embeddings.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Item;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.graph.build.ItemTokenizer;
import dev.concord.graph.build.TokenizerOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenProfilesTest {
  private final ItemTokenizer tokenizer = new ItemTokenizer(new TextAnalyzer(), new TokenizerOptions(1, false), Set.of());

  @Test
  void keptTokensCountByIdfAndExpansionNeighboursAtHalfWeight() {
    TokenProfiles p = new TokenProfiles(Map.of("intl", 2f, "international", 4f, "trade", 1f), Map.of("intl", List.of("international")));
    Map<String, Float> v = p.profile(Item.text("c", "1", "intl trade talks"), tokenizer);
    assertThat(v).containsOnlyKeys("intl", "trade", "international");
    float norm = (float) Math.sqrt(2 * 2 + 1 + 2 * 2);
    assertThat(v.get("intl")).isCloseTo(2 / norm, org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(v.get("international")).isCloseTo(0.5f * 4 / norm, org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(p.profile(Item.text("c", "2", "talks only"), tokenizer)).isEmpty();
  }
}
