package dev.concord.matcher.strings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.EngineConfig;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.MatchEngine;
import dev.concord.matcher.Scorers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every scorer of issue 5 finds a product's partner in a small two-table fixture through the engine. */
class LearnedScorersTest {
  static Corpus table(String name, List<Map<String, String>> rows) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) items.add(Item.row(name, Integer.toString(i), rows.get(i)));
    return new Corpus(name, List.of("name", "price"), items);
  }

  static Map<String, String> row(String name, String price) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("price", price);
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"string", "text2token", "bm25", "fixed-jaro-winkler", "fixed-token-jaccard", "fixed-tfidf-cosine"})
  void ranksThePartnerFirstForMostItems(String scorer) {
    String[] brands = {"sony", "panasonic", "samsung", "canon", "nikon", "philips", "bose", "logitech"};
    String[] kinds = {"digital camera", "lcd television", "speaker system", "wireless router", "headphones"};
    Random r = new Random(5);
    List<Map<String, String>> left = new ArrayList<>();
    List<Map<String, String>> right = new ArrayList<>();
    for (String b : brands) {
      for (String k : kinds) {
        String model = Character.toString('a' + r.nextInt(26)) + (100 + r.nextInt(900));
        left.add(row(b + " " + k + " " + model, "9.99"));
        right.add(row(b.toUpperCase() + " " + model + " " + k, "10.49"));
      }
    }
    Corpus l = table("left", left);
    Corpus rt = table("right", right);
    assertThat(Scorers.names()).contains(scorer);
    MatchEngine engine = MatchEngine.fit(EngineConfig.DEFAULT.withScorer(scorer), rt, l, FitContext.DEFAULT);
    int top1 = 0;
    for (Item q : l) {
      Ranking rk = engine.candidates(q, 5);
      assertThat(rk.candidates()).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
      if (!rk.isEmpty() && rk.top().id().equals(q.id())) top1++;
    }
    assertThat(top1).as("top-1 hits of %s", scorer).isGreaterThanOrEqualTo(l.size() * 3 / 4);
    assertThat(engine.method()).startsWith(scorer);
  }
}
