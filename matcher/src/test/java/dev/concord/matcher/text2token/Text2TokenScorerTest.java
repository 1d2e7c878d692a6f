package dev.concord.matcher.text2token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.core.progress.Progress;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Text2TokenScorerTest {
  static final String[] COUNTRIES = {"spain", "france", "italy", "germany", "portugal", "austria", "belgium", "greece",
      "poland", "norway", "sweden", "denmark"};
  static final String[] TABLES = {"new confirmed", "total deaths", "total recovered"};

  static Corpus rows() {
    List<Item> items = new ArrayList<>();
    int n = 0;
    for (String c : COUNTRIES) {
      for (String t : TABLES) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("table", t);
        f.put("country", c);
        f.put("january", Integer.toString(1000 + 37 * n));
        items.add(Item.row("rows", "r" + n++, f));
      }
    }
    return new Corpus("rows", List.of("table", "country", "january"), items);
  }

  static Corpus claims() {
    List<Item> items = new ArrayList<>();
    int n = 0;
    for (String c : COUNTRIES) {
      for (String t : TABLES) {
        items.add(Item.text("claims", "r" + n, "there were " + (1000 + 37 * n) + " " + t + " cases in " + c + "ia in january"));
        n++;
      }
    }
    return new Corpus("claims", List.of("text"), items);
  }

  @Test
  void textsLookingForRowsAreRetrievalRowsAgainstRowsAreNot() {
    Corpus rows = rows();
    Corpus empty = new Corpus("none", List.of("text"), List.of());
    assertThat(Text2TokenScorer.retrieval(rows, claims())).isTrue();
    assertThat(Text2TokenScorer.retrieval(rows, rows)).isFalse();
    assertThat(Text2TokenScorer.retrieval(rows, empty)).isFalse();
    assertThat(Text2TokenScorer.retrieval(claims(), empty)).isTrue();
  }

  @Test
  void aClaimFindsItsRowThroughWordsAndPiecesWithScoresInTheUnitInterval() {
    Corpus rows = rows();
    Corpus claims = claims();
    FittedScorer s = new Text2TokenScorer().fit(rows, claims, new FitContext(Progress.NONE, 42));
    int right = 0;
    for (Item q : claims) {
      Ranking r = s.rank(q, 5);
      assertThat(r.candidates()).isNotEmpty();
      for (Candidate c : r.candidates()) assertThat(c.score()).isBetween(0.0, 1.0);
      if (r.top().id().equals(q.id())) right++;
    }
    assertThat(right).isGreaterThanOrEqualTo(claims.size() * 8 / 10);
  }
}
