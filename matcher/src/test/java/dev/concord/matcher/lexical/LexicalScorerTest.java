package dev.concord.matcher.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexicalScorerTest {
  private static Item row(String corpus, String id, String name) {
    return Item.row(corpus, id, Map.of("name", name));
  }

  private final Corpus reference = new Corpus("ref", List.of("name"), List.of(
      row("ref", "1", "International Business Machines"),
      row("ref", "2", "Intl Paper Company"),
      row("ref", "3", "Sony PSLX350H turntable")));

  @Test
  void ranksTheSharedCodeFirstAndExplainsIt() {
    FittedScorer s = new LexicalScorer().fit(reference, new Corpus("q", List.of(), List.of()), FitContext.DEFAULT);
    Ranking r = s.rank(row("q", "a", "sony turntable pslx-350h belt drive"), 3);
    assertThat(r.top().id()).isEqualTo("3");
    assertThat(r.top().score()).isBetween(0.0, 1.0);
    assertThat(r.top().explanation().matchedTokens()).contains("sony", "turntable");
    assertThat(r.top().explanation().features()).containsKeys("tfidf_words", "tfidf_char3");
  }

  @Test
  void identicalTextScoresOne() {
    FittedScorer s = new LexicalScorer().fit(reference, new Corpus("q", List.of(), List.of()), FitContext.DEFAULT);
    assertThat(s.rank(row("q", "a", "Intl Paper Company"), 1).top().score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void addedReferenceItemsAreFoundWithoutRefitting() {
    FittedScorer s = new LexicalScorer().fit(reference, new Corpus("q", List.of(), List.of()), FitContext.DEFAULT);
    s.addReference(row("ref", "4", "Acme Anvils Wholesale"));
    assertThat(s.rank(row("q", "a", "acme anvils"), 1).top().id()).isEqualTo("4");
  }

  @Test
  void unrelatedQueryGetsNoCandidates() {
    FittedScorer s = new LexicalScorer().fit(reference, new Corpus("q", List.of(), List.of()), FitContext.DEFAULT);
    assertThat(s.rank(row("q", "a", "zzzz"), 3).candidates()).isEmpty();
  }
}
