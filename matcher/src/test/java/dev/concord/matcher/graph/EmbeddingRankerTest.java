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
import java.util.Optional;
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
    return embedding(new float[] {0.7f, 0.714f, 0}, new float[] {0.9f, (float) Math.sqrt(1 - 0.81), 0});
  }

  /**
   * A second member of the same graph, as another seed might train it: the claim sits near its own row (cosine
   * 0.949 against 0.316) and "sweden" is orthogonal to "norway".
   */
  private static GraphEmbedding otherSeed() {
    return embedding(new float[] {0.9f, 0.3f, 0}, new float[] {0, 1, 0});
  }

  private static GraphEmbedding embedding(float[] claim, float[] sweden) {
    Map<String, float[]> v = new LinkedHashMap<>();
    v.put(Node.item(NORWAY.key()).label(), new float[] {1, 0, 0});
    v.put(Node.item(SWEDEN.key()).label(), new float[] {0, 1, 0});
    v.put(Node.item(CLAIM.key()).label(), claim);
    v.put(Node.token("cases").label(), new float[] {0, 0, 1});
    v.put(Node.token("norway").label(), new float[] {1, 0, 0});
    v.put(Node.token("sweden").label(), sweden);
    List<String> labels = new ArrayList<>(v.keySet());
    float[] data = new float[labels.size() * 3];
    for (int i = 0; i < labels.size(); i++) System.arraycopy(v.get(labels.get(i)), 0, data, 3 * i, 3);
    TokenProfiles profiles = new TokenProfiles(Map.of("cases", 0.1f, "norway", 3f, "sweden", 3f), Map.of());
    ItemTokenizer tokenizer = new ItemTokenizer(new TextAnalyzer(), new TokenizerOptions(1, false), Set.of());
    return new GraphEmbedding("test", labels, new VectorTable(data, labels.size(), 3), profiles, tokenizer);
  }

  private static Ranking rank(Rerank rerank) {
    return rank(List.of(embedding()), rerank);
  }

  private static Ranking rank(List<GraphEmbedding> members, Rerank rerank) {
    Corpus rows = new Corpus("rows", List.of("text"), List.of(NORWAY, SWEDEN));
    return new EmbeddingRanker(members, rows, 1.0, rerank, 100, Optional.empty()).rank(CLAIM, 2);
  }

  private static double feature(Ranking r, String id, String name) {
    return r.candidates().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().explanation().features().get(name);
  }

  @Test
  void anEnsembleAveragesItsMembersCosines() {
    Ranking alone = rank(List.of(embedding()), Rerank.NONE);
    Ranking other = rank(List.of(otherSeed()), Rerank.NONE);
    Ranking both = rank(List.of(embedding(), otherSeed()), Rerank.NONE);
    assertThat(alone.top().id()).isEqualTo("sweden");
    assertThat(both.top().id()).isEqualTo("norway");
    for (String id : List.of("norway", "sweden")) {
      double mean = (feature(alone, id, "vectorCosine") + feature(other, id, "vectorCosine")) / 2;
      assertThat(feature(both, id, "vectorCosine")).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  @Test
  void anEnsembleMultipliesTheMeanCosineByTheMeanAlignment() {
    Ranking alone = rank(List.of(embedding()), Rerank.PRODUCT);
    Ranking other = rank(List.of(otherSeed()), Rerank.PRODUCT);
    Ranking both = rank(List.of(embedding(), otherSeed()), Rerank.PRODUCT);
    // "norway" is near "sweden" in the first member only, so the sibling's alignment differs between the members
    assertThat(feature(alone, "sweden", "tokenAlignment")).isGreaterThan(feature(other, "sweden", "tokenAlignment") + 0.1);
    double align = (feature(alone, "sweden", "tokenAlignment") + feature(other, "sweden", "tokenAlignment")) / 2;
    double cosine = (feature(alone, "sweden", "vectorCosine") + feature(other, "sweden", "vectorCosine")) / 2;
    assertThat(feature(both, "sweden", "tokenAlignment")).isCloseTo(align, org.assertj.core.data.Offset.offset(1e-6));
    var sweden = both.candidates().get(1);
    assertThat(sweden.id()).isEqualTo("sweden");
    assertThat(sweden.score()).isCloseTo(cosine * align, org.assertj.core.data.Offset.offset(1e-6));
    double parts = sweden.explanation().contributions().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(parts).isCloseTo(sweden.score(), org.assertj.core.data.Offset.offset(1e-6));
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

  /** Two rows holding every token of {@link #CLAIM} at the same vector cosine, one short and one long. */
  private static final Item SHORT_ROW = Item.row("rows", "short", Map.of("text", "cases norway"));
  private static final Item LONG_ROW = Item.row("rows", "long", Map.of("text", "cases norway reported weekly regional health offices"));

  private static EmbeddingRanker shortAndLong(Optional<dev.concord.embeddings.graph.Saturation> relevance) {
    Map<String, float[]> v = new LinkedHashMap<>();
    v.put(Node.item(SHORT_ROW.key()).label(), new float[] {1, 0, 0});
    v.put(Node.item(LONG_ROW.key()).label(), new float[] {1, 0, 0});
    v.put(Node.item(CLAIM.key()).label(), new float[] {0.8f, 0.6f, 0});
    v.put(Node.token("cases").label(), new float[] {0, 0, 1});
    v.put(Node.token("norway").label(), new float[] {1, 0, 0});
    List<String> labels = new ArrayList<>(v.keySet());
    float[] data = new float[labels.size() * 3];
    for (int i = 0; i < labels.size(); i++) System.arraycopy(v.get(labels.get(i)), 0, data, 3 * i, 3);
    GraphEmbedding model = new GraphEmbedding("test", labels, new VectorTable(data, labels.size(), 3),
        new TokenProfiles(Map.of("cases", 0.1f, "norway", 3f), Map.of()),
        new ItemTokenizer(new TextAnalyzer(), new TokenizerOptions(1, false), Set.of()));
    Corpus rows = new Corpus("rows", List.of("text"), List.of(LONG_ROW, SHORT_ROW));
    return new EmbeddingRanker(List.of(model), rows, 1.0, Rerank.PRODUCT, 100, relevance);
  }

  @Test
  void withBm25RelevanceTheShortRowHoldingTheClaimsTokensBeatsALongOneTheVectorsTie() {
    Ranking recallOnly = shortAndLong(Optional.empty()).rank(CLAIM, 2);
    assertThat(recallOnly.candidates().get(0).score()).isEqualTo(recallOnly.candidates().get(1).score());

    Ranking r = shortAndLong(Optional.of(dev.concord.embeddings.graph.Saturation.ROBERTSON)).rank(CLAIM, 2);
    assertThat(r.candidates()).extracting(c -> c.id()).containsExactly("short", "long");
    var top = r.top();
    assertThat(feature(r, "short", "tokenAlignment")).isEqualTo(feature(r, "long", "tokenAlignment")).isEqualTo(1.0);
    assertThat(feature(r, "short", "tokenRelevance")).isGreaterThan(feature(r, "long", "tokenRelevance"));
    double expected = feature(r, "short", "vectorCosine") * 1.0 * feature(r, "short", "tokenRelevance");
    assertThat(top.score()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    double parts = top.explanation().contributions().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(parts).isCloseTo(top.score(), org.assertj.core.data.Offset.offset(1e-9));

    // a table row as query keeps the recall alone
    Item rowQuery = Item.row("claims", "c", Map.of("text", "cases in norway"));
    Ranking rows2 = shortAndLong(Optional.of(dev.concord.embeddings.graph.Saturation.ROBERTSON)).rank(rowQuery, 2);
    assertThat(rows2.candidates()).allSatisfy(c -> assertThat(c.explanation().features()).doesNotContainKey("tokenRelevance"));
  }

  @Test
  void weighedFactorsAreEachRaisedToTheirWeightAndTheContributionsStillAddUp() {
    EvidenceWeights w = new EvidenceWeights(0.5, 2, 0.5);
    Ranking r = shortAndLong(Optional.of(dev.concord.embeddings.graph.Saturation.ROBERTSON)).weighted(w).rank(CLAIM, 2);
    for (var c : r.candidates()) {
      double expected = Math.pow(feature(r, c.id(), "vectorCosine"), 0.5) * Math.pow(feature(r, c.id(), "tokenAlignment"), 2)
          * Math.pow(feature(r, c.id(), "tokenRelevance"), 0.5);
      assertThat(c.score()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
      double parts = c.explanation().contributions().values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(parts).isCloseTo(c.score(), org.assertj.core.data.Offset.offset(1e-9));
    }
    // a table row as query is scored by the plain product whatever the weights
    Item rowQuery = Item.row("claims", "c", Map.of("text", "cases in norway"));
    Ranking rows = shortAndLong(Optional.of(dev.concord.embeddings.graph.Saturation.ROBERTSON)).weighted(w).rank(rowQuery, 2);
    for (var c : rows.candidates()) {
      assertThat(c.score()).isCloseTo(feature(rows, c.id(), "vectorCosine") * feature(rows, c.id(), "tokenAlignment"),
          org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void factorWeightsAreOnlyEstimatedForFreeTextQueriesUnderTheProductWithRelevance() {
    Item rowQuery = Item.row("claims", "c", Map.of("text", "cases in norway"));
    assertThat(shortAndLong(Optional.of(dev.concord.embeddings.graph.Saturation.ROBERTSON)).estimateWeights(List.of(rowQuery), 1))
        .isEqualTo(EvidenceWeights.EQUAL);
    assertThat(shortAndLong(Optional.empty()).estimateWeights(List.of(CLAIM), 1)).isEqualTo(EvidenceWeights.EQUAL);
    // a single claim determines nothing (every accuracy is clamped to one half, no factor earns weight)
    assertThat(shortAndLong(Optional.of(dev.concord.embeddings.graph.Saturation.ROBERTSON)).estimateWeights(List.of(CLAIM), 1))
        .isEqualTo(EvidenceWeights.EQUAL);
  }
}
