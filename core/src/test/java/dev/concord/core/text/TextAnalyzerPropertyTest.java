package dev.concord.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TextAnalyzerPropertyTest {
  private static final TextAnalyzer FOLDING = new TextAnalyzer(new AnalyzerOptions(true, true, 3, 3));
  private static final TextAnalyzer KEEPING = new TextAnalyzer(new AnalyzerOptions(false, false, 3, 3));

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars("aAzZ09 ,.·'()-\t\n\u00AD\u200Bßẞéèçñü\u0301\u0308ǅİıﬁ１ΣςŀÆœ\uD83D\uDE00")
        .ofMaxLength(40);
    Arbitrary<String> numbers = Arbitraries.integers().between(0, 9_999_999)
        .map(n -> String.format(java.util.Locale.US, "%,d", n) + (n % 3 == 0 ? ",5" : ""));
    return Arbitraries.oneOf(anyChars, tricky, numbers);
  }

  @Property(tries = 400)
  void normalisationIsIdempotent(@ForAll("texts") String s) {
    for (boolean fold : new boolean[] {true, false}) {
      String once = Normalizer.normalize(s, fold);
      assertThat(Normalizer.normalize(once, fold)).isEqualTo(once);
    }
  }

  @Property(tries = 400)
  void tokensNeverContainSeparators(@ForAll("texts") String s) {
    for (TextAnalyzer a : List.of(FOLDING, KEEPING)) {
      for (String w : a.words(s)) {
        assertThat(w).isNotEmpty();
        for (int i = 0; i < w.length(); ) {
          int cp = w.codePointAt(i);
          boolean wordChar = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
              || Character.getType(cp) == Character.COMBINING_SPACING_MARK
              || Character.getType(cp) == Character.ENCLOSING_MARK;
          boolean decimalPoint = cp == '.' && i > 0 && i + 1 < w.length()
              && Character.isDigit(w.charAt(i - 1)) && Character.isDigit(w.charAt(i + 1));
          assertThat(wordChar || decimalPoint).as("code point U+%04X in token '%s' of '%s'", cp, w, s).isTrue();
          i += Character.charCount(cp);
        }
      }
    }
  }

  @Property(tries = 400)
  void tokenisingTheTokensAgainGivesTheSameTokens(@ForAll("texts") String s) {
    for (TextAnalyzer a : List.of(FOLDING, KEEPING)) {
      List<String> words = a.words(s);
      assertThat(a.words(String.join(" ", words))).isEqualTo(words);
    }
  }

  @Property(tries = 300)
  void wordNgramCountsFollowTheFormula(@ForAll("texts") String s, @ForAll @IntRange(min = 1, max = 3) int maxN) {
    List<String> words = KEEPING.words(s);
    int m = words.size();
    int expected = 0;
    for (int n = 1; n <= maxN; n++) expected += Math.max(0, m - n + 1);
    List<String> grams = TextAnalyzer.wordNgrams(words, maxN);
    assertThat(grams).hasSize(expected);
    assertThat(grams).allSatisfy(g -> assertThat(g.split(" ", -1).length).isBetween(1, maxN));
  }

  @Property(tries = 300)
  void charNgramCountsFollowTheFormula(@ForAll("texts") String s, @ForAll @IntRange(min = 1, max = 6) int n) {
    String joined = String.join(" ", KEEPING.words(s));
    List<String> grams = TextAnalyzer.charNgrams(joined, n);
    if (joined.isEmpty()) {
      assertThat(grams).isEmpty();
      return;
    }
    long paddedLength = joined.codePoints().count() + 2;
    assertThat(grams).hasSize((int) Math.max(1, paddedLength - n + 1));
    if (paddedLength >= n) assertThat(grams).allSatisfy(g -> assertThat(g.codePoints().count()).isEqualTo(n));
  }
}
