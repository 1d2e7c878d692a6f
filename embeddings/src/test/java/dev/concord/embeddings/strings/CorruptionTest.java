package dev.concord.embeddings.strings;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CorruptionTest {
  private final Random rnd = new Random(7);

  @RepeatedTest(20)
  void ocrConfusionSwapsOneConfusablePair() {
    String s = "Modern Corporation 10";
    String c = Corruption.OCR_CONFUSION.apply(s, rnd);
    assertThat(c).isNotEqualTo(s);
    boolean explained = false;
    for (String[] p : Corruption.OCR_PAIRS) {
      for (int side = 0; side < 2; side++) {
        String from = p[side];
        String to = p[1 - side];
        for (int i = s.indexOf(from); i >= 0; i = s.indexOf(from, i + 1)) {
          if ((s.substring(0, i) + to + s.substring(i + from.length())).equals(c)) explained = true;
        }
      }
    }
    assertThat(explained).as("'%s' is one OCR confusion away from '%s'", c, s).isTrue();
  }

  @RepeatedTest(10)
  void droppedTokenRemovesExactlyOneWord() {
    List<String> words = List.of("acme", "widget", "holdings", "europe");
    String c = Corruption.DROPPED_TOKEN.apply(String.join(" ", words), rnd);
    List<String> out = List.of(c.split(" "));
    assertThat(out).hasSize(3);
    assertThat(words).containsAll(out);
  }

  @RepeatedTest(10)
  void swappedTokensKeepTheWordsInAnotherOrder() {
    String s = "international business machines corporation";
    String c = Corruption.SWAPPED_TOKENS.apply(s, rnd);
    assertThat(c).isNotEqualTo(s);
    List<String> a = new ArrayList<>(List.of(s.split(" ")));
    List<String> b = new ArrayList<>(List.of(c.split(" ")));
    Collections.sort(a);
    Collections.sort(b);
    assertThat(b).isEqualTo(a);
  }

  @RepeatedTest(10)
  void abbreviationCutsOneLongWordToAPrefixWithAStop() {
    String s = "international business machines";
    String c = Corruption.ABBREVIATION.apply(s, rnd);
    String[] in = s.split(" ");
    String[] out = c.split(" ");
    assertThat(out).hasSameSizeAs(in);
    int changed = 0;
    for (int i = 0; i < in.length; i++) {
      if (!in[i].equals(out[i])) {
        changed++;
        assertThat(out[i]).endsWith(".");
        assertThat(in[i]).startsWith(out[i].substring(0, out[i].length() - 1));
        assertThat(out[i].length() - 1).isBetween(2, 4);
      }
    }
    assertThat(changed).isEqualTo(1);
  }

  @Test
  void initialsShortenEveryWordButTheLast() {
    assertThat(Corruption.INITIALS.apply("walter benjamin", rnd)).isEqualTo("w. benjamin");
    assertThat(Corruption.INITIALS.apply("mario augusto bunge", rnd)).isEqualTo("m. a. bunge");
    assertThat(Corruption.INITIALS.applies("bunge")).isFalse();
  }

  @RepeatedTest(10)
  void truncationKeepsAShorterPrefix() {
    String s = "the wasa2 object-oriented workflow management system";
    String c = Corruption.TRUNCATION.apply(s, rnd);
    assertThat(s).startsWith(c);
    assertThat(c.length()).isLessThan(s.length()).isGreaterThanOrEqualTo(s.length() / 2 - 1);
  }

  @Test
  void accentLossDropsEveryDiacriticAndNothingElse() {
    String c = Corruption.ACCENT_LOSS.apply("Enseñar a investigar: libro del alumnado, Ó Çà", rnd);
    assertThat(c).isEqualTo("Ensenar a investigar: libro del alumnado, O Ca");
    assertThat(Normalizer.normalize(c, Normalizer.Form.NFD)).doesNotContainPattern("\\p{M}");
    assertThat(Corruption.ACCENT_LOSS.applies("plain ascii")).isFalse();
  }

  @RepeatedTest(10)
  void legalSuffixAddsRemovesOrSwapsALegalForm() {
    String plain = Corruption.LEGAL_SUFFIX.apply("acme widgets", rnd);
    assertThat(plain).startsWith("acme widgets ");
    assertThat(Corruption.LEGAL_SUFFIXES).contains(plain.substring("acme widgets ".length()));
    String withForm = Corruption.LEGAL_SUFFIX.apply("acme widgets gmbh", rnd);
    assertThat(withForm).isNotEqualTo("acme widgets gmbh").startsWith("acme widgets");
  }

  @Test
  void aCorruptionThatDoesNotApplyLeavesTheStringAlone() {
    for (Corruption c : Corruption.values()) {
      if (!c.applies("x")) assertThat(c.apply("x", rnd)).as(c.name()).isEqualTo("x");
    }
  }

  @Test
  void corruptorChangesStringsThatOfferSomethingToChange() {
    int changed = 0;
    for (int i = 0; i < 50; i++) if (!Corruptor.DEFAULT.corrupt("sony bravia kdl40 lcd television", rnd).equals("sony bravia kdl40 lcd television")) changed++;
    assertThat(changed).isGreaterThanOrEqualTo(45);
  }
}
