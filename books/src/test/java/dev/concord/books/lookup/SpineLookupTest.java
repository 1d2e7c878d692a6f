package dev.concord.books.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.books.Fixtures;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import dev.concord.core.Ranking;
import dev.concord.core.progress.Progress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpineLookupTest {
  private static final SpineLookup LOOKUP = SpineLookup.build(Fixtures.catalogue(), Progress.NONE);

  private static String top(String ocr) {
    List<ScoredBook> r = LOOKUP.lookup(ocr, 5);
    assertThat(r).as(ocr).isNotEmpty();
    return r.get(0).book().title();
  }

  @Test
  void findsABookFromItsShelfCodeAndAuthorAlone() {
    assertThat(top("ALAN BADDELEY 153 Bad")).isEqualTo("Memoria");
  }

  @Test
  void ignoresAccentsCaseAndSpacingInsideShelfCodes() {
    assertThat(top("HISTORIA DE CATALUNYA 9 (46.71) Vil")).isEqualTo("Història de Catalunya");
    assertThat(top("frida kahlo 92 (Kah) Pri")).isEqualTo("Frida Kahlo : una biografía");
  }

  @Test
  void findsTitlesCutOrSplitByTheOcr() {
    assertThat(top("CIEN AÑOS DE SOLE DAD GARCIA MARQ")).isEqualTo("Cien años de soledad");
    assertThat(top("LA SOMBRA DEL VIEN TO")).isEqualTo("La Sombra del viento");
  }

  @Test
  void scoresTheWholeLabelAboveAPartialOne() {
    List<ScoredBook> r = LOOKUP.lookup("ROMA GUIA VISUAL 91(026)(45) Rom", 5);
    assertThat(r.get(0).book().title()).isEqualTo("Roma : guía visual");
    assertThat(r.get(0).features().tag()).isEqualTo(1.0);
    assertThat(r.get(0).score()).isGreaterThan(0.8);
  }

  @Test
  void answersNothingForTextWithoutWords() {
    assertThat(LOOKUP.lookup(" : -- | ", 5)).isEmpty();
  }

  @Test
  void ranksAsACoreRankingWithScoresInTheUnitInterval() {
    Ranking r = LOOKUP.rank(new Item("q", "segments", ItemKind.SPINE, Map.of(), "THE LIE TREE HARDINGE JNE Har"), 3);
    assertThat(r.candidates()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(r.top().id()).isEqualTo("9");
    assertThat(r.candidates()).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
  }
}
