package dev.concord.books.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.books.catalogue.CatalogueBook;
import dev.concord.books.lookup.ScoredBook;
import dev.concord.books.spine.SpineFeatures;
import org.junit.jupiter.api.Test;

class SectionSignsTest {
  private static final CatalogueBook PROYECTOS = new CatalogueBook(0, "0", "Gestión de proyectos", "Lledó, Pablo", "658 Lle", "");

  private static ScoredBook scored(SpineFeatures f) {
    return new ScoredBook(PROYECTOS, f.score(), f);
  }

  @Test
  void aClassificationWithASubjectHeadingIsASign() {
    assertThat(SectionSigns.looksLikeSign("658 GESTIÓ COMERCIAL", scored(new SpineFeatures(0.5, 0.4, 0, 1)))).isTrue();
  }

  @Test
  void aLabelWithItsAuthorCodeOrTheAuthorOrTheWholeTitleIsNoSign() {
    assertThat(SectionSigns.looksLikeSign("658 Lle GESTIÓ", scored(new SpineFeatures(1, 0.4, 0, 1)))).isFalse();
    assertThat(SectionSigns.looksLikeSign("658 PABLO LLEDÓ", scored(new SpineFeatures(0.5, 0, 1, 1)))).isFalse();
    assertThat(SectionSigns.looksLikeSign("658 GESTIÓN DE PROYECTOS", scored(new SpineFeatures(0.5, 1, 0, 1)))).isFalse();
  }

  @Test
  void aSpineShowingMoreThanAHeadingIsNoSign() {
    assertThat(SectionSigns.looksLikeSign("658 GESTIÓ COMERCIAL I MÀRQUETING DIGITAL",
        scored(new SpineFeatures(0.5, 0.4, 0, 0.6)))).isFalse();
  }

  @Test
  void textWithoutTheClassificationIsNoSign() {
    assertThat(SectionSigns.looksLikeSign("GESTIÓ COMERCIAL", scored(new SpineFeatures(0, 0.4, 0, 1)))).isFalse();
  }
}
