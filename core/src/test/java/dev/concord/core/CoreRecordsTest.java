package dev.concord.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreRecordsTest {

  @Test
  void corpusRejectsDuplicateIds() {
    List<Item> items = List.of(Item.text("c", "1", "a"), Item.text("c", "2", "b"), Item.text("c", "1", "c"));
    assertThatThrownBy(() -> new Corpus("c", List.of(), items))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate id 1");
  }

  @Test
  void corpusRejectsItemsOfAnotherCorpus() {
    assertThatThrownBy(() -> new Corpus("c", List.of(), List.of(Item.text("other", "1", "a"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to corpus other");
  }

  @Test
  void corpusFindsItemsByIdAndPosition() {
    List<Item> items = new ArrayList<>(List.of(Item.text("c", "x", "a"), Item.text("c", "y", "b")));
    Corpus corpus = new Corpus("c", List.of("f"), items);
    items.clear();
    assertThat(corpus.size()).isEqualTo(2);
    assertThat(corpus.positionOf("y")).isEqualTo(1);
    assertThat(corpus.positionOf("z")).isEqualTo(-1);
    assertThat(corpus.byId("x")).map(Item::text).contains("a");
    assertThat(corpus.byId("z")).isEmpty();
    assertThatThrownBy(() -> corpus.items().add(Item.text("c", "z", ""))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void itemKeepsFieldOrderAndReplacesNullValues() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "Dune");
    fields.put("year", null);
    fields.put("author", "Herbert");
    Item item = new Item("1", "c", ItemKind.ROW, fields, "a novel");
    fields.put("extra", "x");
    assertThat(item.fields().keySet()).containsExactly("title", "year", "author");
    assertThat(item.field("year")).isEmpty();
    assertThat(item.field("missing")).isEmpty();
    assertThat(item.content()).isEqualTo("Dune Herbert a novel");
    assertThat(item.key()).isEqualTo(new ItemKey("c", "1"));
  }

  @Test
  void linkScoreMustLieInTheUnitInterval() {
    assertThat(new Link("a", "b", 0.0, "m", Explanation.NONE).score()).isZero();
    assertThat(new Link("a", "b", 1.0, "m", Explanation.NONE).score()).isEqualTo(1.0);
    for (double bad : new double[] {-0.001, 1.0001, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new Link("a", "b", bad, "m", Explanation.NONE))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score must be in [0,1]");
    }
  }

  @Test
  void rankingMustBeBestFirst() {
    Ranking r = new Ranking("q", List.of(new Candidate("a", 0.9), new Candidate("b", 0.9), new Candidate("c", 0.1)));
    assertThat(r.top().id()).isEqualTo("a");
    assertThat(r.isEmpty()).isFalse();
    assertThat(new Ranking("q", List.of()).isEmpty()).isTrue();
    assertThatThrownBy(() -> new Ranking("q", List.of(new Candidate("a", 0.2), new Candidate("b", 0.5))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not sorted");
  }

  @Test
  void explanationIsACopy() {
    Map<String, Double> features = new LinkedHashMap<>(Map.of("cos", 0.5));
    Explanation e = new Explanation(features, Map.of(), List.of("tok"));
    features.put("other", 1.0);
    assertThat(e.features()).containsOnlyKeys("cos");
    assertThatThrownBy(() -> e.matchedTokens().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
