package dev.concord.books.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.books.Fixtures;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  @Test
  void countsCopiesByTitleAndAuthorIgnoringSpacing() {
    Catalogue c = Fixtures.catalogue();
    assertThat(c.copiesOf(new BookKey("La Sombra del viento ", "Ruiz Zafón, Carlos,  1964-2020"))).isEqualTo(2);
    assertThat(c.copiesOf(new BookKey("Memoria", "Baddeley, Alan"))).isEqualTo(1);
    assertThat(c.copiesOf(new BookKey("Memoria", "Someone Else"))).isZero();
  }

  @Test
  void namesTheMissingFields() {
    Corpus bad = new Corpus("cat", List.of("title", "isbn"), List.of(Item.row("cat", "0", Map.of("title", "x", "isbn", ""))));
    assertThatThrownBy(() -> Catalogue.of(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("author").hasMessageContaining("tag").hasMessageContaining("cat");
  }
}
