package dev.concord.embeddings.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concord.core.Item;
import dev.concord.core.text.TextAnalyzer;
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

class TokenAlignmentTest {
  /**
   * A hand-made embedding: "norway" and "sweden" are rare (idf 3) and close (cosine 0.9), "cases" is common (idf
   * 0.1) and orthogonal to both; "ghost" is kept in the graph but has no vector (never walked); "voted" and
   * "voting", two inflections of one verb, have vectors at cosine 0 to each other and to everything else.
   */
  static GraphEmbedding embedding() {
    Map<String, float[]> v = new LinkedHashMap<>();
    v.put("cases", new float[] {0, 0, 1});
    v.put("norway", new float[] {1, 0, 0});
    v.put("sweden", new float[] {0.9f, (float) Math.sqrt(1 - 0.81), 0});
    v.put("ghost", new float[] {0, 0, 0});
    v.put("voted", new float[] {0, 0, -1});
    v.put("voting", new float[] {-1, 0, 0});
    return embedding(v, Map.of("cases", 0.1f, "norway", 3f, "sweden", 3f, "ghost", 5f, "voted", 2f, "voting", 2f), Map.of());
  }

  /** Token vectors of 3 dimensions, in the given order, with the given idf and expansion neighbours. */
  static GraphEmbedding embedding(Map<String, float[]> vectors, Map<String, Float> idf, Map<String, List<String>> related) {
    List<String> labels = new ArrayList<>();
    float[] data = new float[vectors.size() * 3];
    int row = 0;
    for (Map.Entry<String, float[]> e : vectors.entrySet()) {
      labels.add(Node.token(e.getKey()).label());
      System.arraycopy(e.getValue(), 0, data, 3 * row++, 3);
    }
    ItemTokenizer tokenizer = new ItemTokenizer(new TextAnalyzer(), new TokenizerOptions(1, false), Set.of());
    return new GraphEmbedding("test", labels, new VectorTable(data, vectors.size(), 3), new TokenProfiles(idf, related), tokenizer);
  }

  private final TokenAlignment alignment = new TokenAlignment(embedding());

  private double score(String query, String reference) {
    return alignment.query(alignment.bag(Item.text("q", "q", query))).recall(alignment.bag(Item.text("r", "r", reference)));
  }

  @Test
  void theReferenceSharingTheRareTokenWinsAndANearTokenGetsItsCosine() {
    assertThat(score("cases norway", "cases norway")).isCloseTo(1.0, within(1e-6));
    assertThat(score("cases norway", "cases sweden")).isCloseTo((0.1 * 1 + 3 * 0.9) / 3.1, within(1e-6));
  }

  @Test
  void idfDecidesBetweenACommonExactTokenAndANearRareOne() {
    // unweighted, "cases" alone (1 + 0) / 2 would beat "sweden" alone (0 + 0.9) / 2
    assertThat(score("cases norway", "sweden")).isGreaterThan(score("cases norway", "cases"));
    assertThat(score("cases norway", "cases")).isCloseTo(0.1 / 3.1, within(1e-6));
  }

  @Test
  void recallIgnoresExtraReferenceTokensAndTokensWithoutAVector() {
    assertThat(score("cases norway ghost unknown", "cases norway sweden ghost")).isCloseTo(1.0, within(1e-6));
    assertThat(alignment.bag(Item.text("q", "q", "ghost unknown")).isEmpty()).isTrue();
    assertThat(score("ghost", "cases norway")).isZero();
  }

  @Test
  void matchesNameEachQueryTokensBestReferenceToken() {
    TokenAlignment.Query q = alignment.query(alignment.bag(Item.text("q", "q", "cases norway")));
    List<TokenAlignment.Match> m = q.matches(alignment.bag(Item.text("r", "r", "sweden cases")));
    assertThat(m).extracting(TokenAlignment.Match::queryToken).containsExactly("norway", "cases");
    assertThat(m.get(0).referenceToken()).isEqualTo("sweden");
    assertThat(m.get(0).cosine()).isCloseTo(0.9f, within(1e-6f));
    assertThat(m.get(1).referenceToken()).isEqualTo("cases");
    assertThat(m).extracting(TokenAlignment.Match::held).containsExactly(false, true);
    TokenAlignment.Match inflected = alignment.query(alignment.bag(Item.text("q", "q", "voted")))
        .matches(alignment.bag(Item.text("r", "r", "cases voting"))).get(0);
    assertThat(inflected.referenceToken()).isEqualTo("voting");
    assertThat(inflected.held()).isTrue();
  }

  @Test
  void inflectionsOfOneWordCountAsTheSameTokenWhateverTheirVectors() {
    assertThat(score("voted norway", "voting norway")).isCloseTo(1.0, within(1e-6));
    assertThat(score("voted", "voting cases")).isCloseTo(1.0, within(1e-6));
    assertThat(score("voted", "cases norway")).isZero();
    int[] ids = alignment.bag(Item.text("q", "q", "voted voting norway")).ids();
    assertThat(alignment.inflectionClass(ids[0])).isEqualTo(alignment.inflectionClass(ids[1]))
        .isNotEqualTo(alignment.inflectionClass(ids[2]));
    assertThat(alignment.inflectionClass(ids[2])).isBetween(0, alignment.vocabularySize() - 1);
  }

  private double saturated(String query, String reference, double avgLength) {
    return alignment.query(alignment.bag(Item.text("q", "q", query)))
        .saturated(alignment.bag(Item.text("r", "r", reference)), Saturation.ROBERTSON, avgLength);
  }

  @Test
  void bagsCountOccurrencesAndTheLengthCountsEveryTokenWithOrWithoutAVector() {
    // "unknown" is not in the graph and "ghost" has no vector: neither is in the bag, both count in its length
    TokenAlignment.Bag b = alignment.bag(Item.text("r", "r", "norway cases norway unknown ghost"));
    assertThat(b.tokens()).containsExactly("norway", "cases");
    assertThat(b.tf()).containsExactly(2f, 1f);
    assertThat(b.length()).isEqualTo(5);
  }

  @Test
  void saturatedScoreFollowsBm25ForHeldTokensAndScalesANearTokensCreditByItsCosine() {
    double k1 = 1.2;
    // one occurrence in a reference of average length: 1 / (1 + k1)
    assertThat(saturated("norway", "norway cases", 2)).isCloseTo(1 / (1 + k1), within(1e-6));
    // two occurrences saturate: 2 / (2 + k1), below twice the single credit
    assertThat(saturated("norway", "norway norway", 2)).isCloseTo(2 / (2 + k1), within(1e-6));
    // a near token counts its cosine of one occurrence's credit
    assertThat(saturated("norway", "sweden cases", 2)).isCloseTo(0.9 / (1 + k1), within(1e-6));
    // inflections count as occurrences of the query token
    assertThat(saturated("voted", "voting voted", 2)).isCloseTo(2 / (2 + k1), within(1e-6));
  }

  @Test
  void aLongerReferenceHoldingTheSameTokensScoresLower() {
    double shortOne = saturated("norway", "norway", 3);
    double longOne = saturated("norway", "norway cases unknown words", 3);
    assertThat(shortOne).isGreaterThan(longOne);
    double norm = 1.2 * (1 - 0.75 + 0.75 * 4 / 3.0);
    assertThat(longOne).isCloseTo(1 / (1 + norm), within(1e-6));
    assertThat(saturated("ghost", "norway", 3)).isZero();
  }

  @Test
  void tokensAnExpanderJoinedCountAsTheSameTokenWhateverTheirVectors() {
    // "colour" and "color" have orthogonal vectors; with the expansion edge between them they are one token
    Map<String, float[]> v = new LinkedHashMap<>();
    v.put("colour", new float[] {1, 0, 0});
    v.put("color", new float[] {0, 1, 0});
    v.put("paint", new float[] {0, 0, 1});
    Map<String, Float> idf = Map.of("colour", 2f, "color", 2f, "paint", 1f);
    TokenAlignment joined = new TokenAlignment(embedding(v, idf, Map.of("colour", List.of("color"), "color", List.of("colour"))));
    TokenAlignment apart = new TokenAlignment(embedding(v, idf, Map.of()));
    Item query = Item.text("q", "q", "colour paint");
    Item reference = Item.text("r", "r", "color paint");
    assertThat(joined.query(joined.bag(query)).recall(joined.bag(reference))).isCloseTo(1.0, within(1e-6));
    assertThat(apart.query(apart.bag(query)).recall(apart.bag(reference))).isCloseTo(1 / 3.0, within(1e-6));
    assertThat(joined.query(joined.bag(query)).saturated(joined.bag(reference), Saturation.ROBERTSON, 2))
        .isCloseTo(1 / (1 + 1.2), within(1e-6));
    TokenAlignment.Match m = joined.query(joined.bag(query)).matches(joined.bag(reference)).get(0);
    assertThat(m.queryToken()).isEqualTo("colour");
    assertThat(m.referenceToken()).isEqualTo("color");
    assertThat(m.held()).isTrue();
  }
}
