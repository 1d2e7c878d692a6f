package dev.concord.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private final TextAnalyzer analyzer = new TextAnalyzer();
  private final TextAnalyzer keepAccents = new TextAnalyzer(new AnalyzerOptions(false, true, 1, 3));
  private final TextAnalyzer keepStopWords = new TextAnalyzer(new AnalyzerOptions(true, false, 3, 3));

  @Test
  void shelfCodesSplitIntoUsableTokens() {
    assertThat(analyzer.words("92(Fra) Pre")).containsExactly("92", "fra", "pre");
    assertThat(analyzer.words("821.134.2-31\"19\" Mar")).containsExactly("821.134.2", "31", "19", "mar");
  }

  @Test
  void numbersKeepTheirValue() {
    assertThat(analyzer.words("1,000")).containsExactly("1000");
    assertThat(analyzer.words("1,000,000.5 cases")).containsExactly("1000000.5", "cases");
    assertThat(analyzer.words("3,5")).containsExactly("3.5");
    assertThat(analyzer.words("3.5")).containsExactly("3.5");
    assertThat(analyzer.words("3,50 €")).containsExactly("3.50");
    assertThat(analyzer.words("1, 2, 3")).containsExactly("1", "2", "3");
    assertThat(analyzer.words("version 2.")).containsExactly("version", "2");
    assertThat(analyzer.words("-5%")).containsExactly("5");
  }

  @Test
  void caseAndCompatibilityFormsFold() {
    assertThat(analyzer.words("ＡＢＣ１２３ ﬁnance")).containsExactly("abc123", "finance");
    assertThat(analyzer.words("Straße STRASSE straẞe")).containsExactly("strasse", "strasse", "strasse");
    assertThat(analyzer.words("ΣΟΦΟΣ σοφος")).containsExactly("σοφοσ", "σοφοσ");
  }

  @Test
  void softHyphensAndZeroWidthSpacesDoNotSplitWords() {
    assertThat(analyzer.words("infor\u00ADmation zero\u200Bwidth")).containsExactly("information", "zerowidth");
  }

  @Test
  void accentsFoldForSpanishAndCatalan() {
    assertThat(analyzer.words("Ñandú, pingüino, Camión")).containsExactly("nandu", "pinguino", "camion");
    assertThat(analyzer.words("Lluís Çà València")).containsExactly("lluis", "ca", "valencia");
    assertThat(keepAccents.words("Ñandú Camión")).containsExactly("ñandú", "camión");
    assertThat(analyzer.normalize("Æsop Øre Łódź")).isEqualTo("aesop ore lodz");
  }

  @Test
  void catalanMiddleDotKeepsTheWordWhole() {
    assertThat(analyzer.words("Col·lecció d'Il·lustracions")).containsExactly("colleccio", "d", "illustracions");
    assertThat(analyzer.words("Coŀlecció")).containsExactly("colleccio");
    assertThat(keepAccents.words("col·lecció")).containsExactly("collecció");
    assertThat(keepStopWords.words("a · b")).containsExactly("a", "b");
  }

  @Test
  void apostrophesSplitWords() {
    assertThat(keepStopWords.words("l'home O'Brien")).containsExactly("l", "home", "o", "brien");
  }

  @Test
  void stopWordsOfEachLanguageAreRemoved() {
    assertThat(analyzer.words("The history of the world")).containsExactly("history", "world");
    assertThat(analyzer.words("La historia del mundo también")).containsExactly("historia", "mundo");
    assertThat(analyzer.words("Els contes amb les fades")).containsExactly("contes", "fades");
    // accent-insensitive even when accents are kept: "más" is the stop word "mas"
    assertThat(keepAccents.words("más café")).containsExactly("café");
    assertThat(keepStopWords.words("The world")).containsExactly("the", "world");
  }

  @Test
  void wordNgramsUpToThree() {
    assertThat(keepStopWords.wordNgrams("a b c d")).containsExactly(
        "a", "b", "c", "d", "a b", "b c", "c d", "a b c", "b c d");
    assertThat(TextAnalyzer.wordNgrams(java.util.List.of("x", "y"), 3)).containsExactly("x", "y", "x y");
    assertThat(analyzer.wordNgrams("history world")).containsExactly("history", "world");
  }

  @Test
  void charNgramsArePaddedAndKeepStopWords() {
    assertThat(analyzer.charNgrams("The Ab")).containsExactly(" th", "the", "he ", "e a", " ab", "ab ");
    assertThat(analyzer.charNgrams("  !! ")).isEmpty();
    assertThat(TextAnalyzer.charNgrams("a", 5)).containsExactly(" a ");
  }

  @Test
  void charNgramsNeverSplitASurrogatePair() {
    assertThat(analyzer.charNgrams("𝔘x")).allSatisfy(g -> assertThat(g.codePoints().count()).isEqualTo(3));
    assertThat(TextAnalyzer.charNgrams("\uD83D\uDE00\uD83D\uDE00", 2)).containsExactly(
        " \uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00", "\uD83D\uDE00 ");
  }

  @Test
  void combiningMarksStayInTheirWord() {
    // the Devanagari virama is a nonspacing mark but not an accent, the vowel signs are spacing marks
    assertThat(analyzer.words("हिन्दी भाषा")).containsExactly("हिन्दी", "भाषा");
    assertThat(analyzer.words("Ру́сский")).containsExactly("русскии");
    assertThat(keepAccents.words("İstanbul")).containsExactly("i̇stanbul");
  }
}
