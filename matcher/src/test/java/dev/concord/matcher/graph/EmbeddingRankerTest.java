package dev.concord.matcher.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.embeddings.graph.GraphEmbedding;
import dev.concord.embeddings.graph.TokenProfiles;
import dev.concord.embeddings.word2vec.VectorTable;
import dev.concord.graph.Node;
import dev.concord.graph.build.ItemTokenizer;
import dev.concord.graph.build.TokenizerOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmbeddingRankerTest {
  private static final Item NORWAY = Item.row("rows", "norway", Map.of("text", "cases norway"));
  private static final Item SWEDEN = Item.row("rows", "sweden", Map.of("text", "cases sweden"));
  private static final Item CLAIM = Item.text("claims", "c", "cases in norway");

  /**
   * The claim's averaged vector sits a little closer to the sibling row (cosine 0.714 against 0.700), as
   * averaging blurs the one rare token that tells the rows apart; "norway" and "sweden" are near (cosine 0.9).
   */
  private static GraphEmbedding embedding() {
    Map<String, float[]> v = new LinkedHashMap<>();
    v.put(Node.item(NORWAY.key()).label(), new float[] {1, 0, 0});
    v.put(Node.item(SWEDEN.key()).label(), new float[] {0, 1, 0});
    v.put(Node.item(CLAIM.key()).label(), new float[] {0.7f, 0.714f, 0});
    v.put(Node.token("cases").label(), new float[] {0, 0, 1});
    v.put(Node.token("norway").label(), new float[] {1, 0, 0});
    v.put(Node.token("sweden").label(), new float[] {0.9f, (float) Math.sqrt(1 - 0.81), 0});
    List<String> labels = new ArrayList<>(v.keySet());
    float[] data = new float[labels.size() * 3];
    for (int i = 0; i < labels.size(); i++) System.arraycopy(v.get(labels.get(i)), 0, data, 3 * i, 3);
    TokenProfiles profiles = new TokenProfiles(Map.of("cases", 0.1f, "norway", 3f, "sweden", 3f), Map.of());
    ItemTokenizer tokenizer = new ItemTokenizer(new TextAnalyzer(), new TokenizerOptions(1, false), Set.of());
    return new GraphEmbedding("test", labels, new VectorTable(data, labels.size(), 3), profiles, tokenizer);
  }

  private static Ranking rank(Rerank rerank) {
    Corpus rows = new Corpus("rows", List.of("text"), List.of(NORWAY, SWEDEN));
    return new EmbeddingRanker(embedding(), rows, 1.0, rerank, 100).rank(CLAIM, 2);
  }

  @Test
  void vectorCosineAloneLetsTheSiblingWin() {
    assertThat(rank(Rerank.NONE).top().id()).isEqualTo("sweden");
  }

  @Test
  void theAlignmentProductPutsTheRowSharingTheRareTokenFirstAndExplainsIt() {
    Ranking r = rank(Rerank.PRODUCT);
    assertThat(r.candidates()).extracting(c -> c.id()).containsExactly("norway", "sweden");
    var top = r.top();
    assertThat(top.explanation().features()).containsEntry("tokenAlignment", 1.0).containsKey("vectorCosine");
    double cosine = 0.7 / Math.hypot(0.7, 0.714);
    assertThat(top.score()).isCloseTo(cosine * 1.0, org.assertj.core.data.Offset.offset(1e-6));
    double parts = top.explanation().contributions().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(parts).isCloseTo(top.score(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(top.explanation().matchedTokens()).containsExactly("norway", "cases");
    assertThat(r.candidates().get(1).explanation().matchedTokens()).containsExactly("cases");
  }
}
