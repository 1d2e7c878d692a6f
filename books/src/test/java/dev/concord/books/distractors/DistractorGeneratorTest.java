package dev.concord.books.distractors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.books.Fixtures;
import dev.concord.books.catalogue.CatalogueBook;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistractorGeneratorTest {
  private final DistractorGenerator gen = new DistractorGenerator(Fixtures.catalogue());

  @Test
  void theSameSeedGivesTheSameRecords() {
    assertThat(gen.generate(50, 12, 7)).isEqualTo(gen.generate(50, 12, 7));
    assertThat(gen.generate(50, 12, 7)).isNotEqualTo(gen.generate(50, 12, 8));
  }

  @Test
  void recordsContinueThePositionsAndLookLikeCatalogueRows() {
    List<CatalogueBook> books = gen.generate(200, 12, 1);
    for (int i = 0; i < books.size(); i++) {
      CatalogueBook b = books.get(i);
      assertThat(b.position()).isEqualTo(12 + i);
      assertThat(b.title()).isNotBlank();
      assertThat(b.tag()).isNotBlank();
      if (!b.author().isEmpty()) {
        String surname = b.author().substring(0, b.author().indexOf(','));
        assertThat(b.tag()).endsWith(" " + DistractorGenerator.codeOf(surname));
      }
    }
    assertThat(books).anySatisfy(b -> assertThat(b.author()).isEmpty());
    assertThat(books).anySatisfy(b -> assertThat(b.title()).contains(" : "));
  }

  @Test
  void shelfCodesUseFoldedCapitalisedSurnames() {
    assertThat(DistractorGenerator.codeOf("Pérez Jiménez")).isEqualTo("Per");
    assertThat(DistractorGenerator.codeOf("ÁLVAREZ")).isEqualTo("Alv");
    assertThat(DistractorGenerator.classOf("92(Fra) Pre")).isEqualTo("92(Fra)");
    assertThat(DistractorGenerator.classOf("91(026)(45)")).isEqualTo("91(026)(45)");
  }
}
