package dev.concord.embeddings.text2token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void aWordsPiecesAreItsPaddedCharacterTrigramsMarkedAsPieces() {
    assertThat(Vocabulary.pieces("mundo")).containsExactly("# mu", "#mun", "#und", "#ndo", "#do ");
    assertThat(Vocabulary.pieces("a")).containsExactly("# a ");
  }

  @Test
  void numbersGetNoPieces() {
    assertThat(Vocabulary.pieces("008")).isEmpty();
    assertThat(Vocabulary.pieces("3.5")).isEmpty();
    assertThat(Vocabulary.pieces("o29")).isNotEmpty();
  }

  @Test
  void wordsComeFirstThenPiecesEachPartCappedAndFiltered() {
    List<List<String>> refs = List.of(List.of("mundo", "maalouf"), List.of("mundo", "amin"), List.of("gente", "maalouf"),
        List.of("otra", "cosa"), List.of("nada", "más"));
    List<List<String>> queries = List.of(List.of("ndo", "maalouf"));
    Vocabulary v = Vocabulary.build(refs, queries, 100, 100);
    assertThat(v.wordCount()).isPositive();
    for (int i = 0; i < v.size(); i++) assertThat(v.isPiece(i)).isEqualTo(v.token(i).startsWith("#"));
    assertThat(v.id("maalouf")).isNotNegative();
    assertThat(v.id("amin")).isNegative();            // seen once
    assertThat(v.id("#ndo")).isNotNegative();         // the broken word still shares a piece with "mundo"
    assertThat(v.id("#do ")).isNotNegative();
    // a piece of maalouf in both corpora comes before a piece seen in references only
    assertThat(v.id("#maa")).isLessThan(v.id("#mun"));
    Vocabulary small = Vocabulary.build(refs, queries, 1, 2);
    assertThat(small.wordCount()).isEqualTo(1);
    assertThat(small.size()).isEqualTo(3);
  }

  @Test
  void aWordAfterThePiecesIsRefused() {
    assertThatThrownBy(() -> new Vocabulary(new String[] {"a", "#ab", "b"}, new float[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
