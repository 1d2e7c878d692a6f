package dev.concord.books.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.books.catalogue.CatalogueBook;
import dev.concord.books.lookup.ScoredBook;
import dev.concord.books.spine.SpineFeatures;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelMasksTest {
  private static final CatalogueBook MEMORIA = new CatalogueBook(0, "0", "Memoria", "Baddeley, Alan", "153 Bad", "");
  private static final CatalogueBook OTHER = new CatalogueBook(1, "1", "Atención", "Baddeley, Alan", "153 Bad", "");

  private static ScoredBook scored(CatalogueBook book, SpineFeatures f) {
    return new ScoredBook(book, f.score(), f);
  }

  private static final SpineFeatures CODE_ONLY = new SpineFeatures(1, 0, 0, 1);
  private static final SpineFeatures TITLE_ONLY = new SpineFeatures(0, 1, 0, 1);

  @Test
  void theCodeOnlySegmentGivesItsCodeToTheSpineShowingTheSameBook() {
    List<List<ScoredBook>> merged = LabelMasks.merge(List.of(
        List.of(scored(MEMORIA, TITLE_ONLY)),
        List.of(scored(MEMORIA, CODE_ONLY), scored(OTHER, CODE_ONLY))));
    assertThat(merged.get(1)).isEmpty();
    ScoredBook spine = merged.get(0).get(0);
    assertThat(spine.features().tag()).isEqualTo(1.0);
    assertThat(spine.score()).isGreaterThan(TITLE_ONLY.score());
  }

  @Test
  void aCodeSharedBySiblingsGoesToTheSiblingShownBeside() {
    List<List<ScoredBook>> merged = LabelMasks.merge(List.of(
        List.of(scored(MEMORIA, TITLE_ONLY)),
        List.of(scored(OTHER, CODE_ONLY), scored(MEMORIA, CODE_ONLY))));
    assertThat(merged.get(1)).isEmpty();
    assertThat(merged.get(0).get(0).features().tag()).isEqualTo(1.0);
  }

  @Test
  void aCodeReadLessFullyThanTheBestIsNotTheLabel() {
    List<List<ScoredBook>> shelf = List.of(
        List.of(scored(MEMORIA, TITLE_ONLY)),
        List.of(scored(OTHER, CODE_ONLY), scored(MEMORIA, new SpineFeatures(0.5, 0, 0, 1))));
    assertThat(LabelMasks.merge(shelf)).isEqualTo(shelf);
  }

  @Test
  void aCodeOnlySegmentWithoutAMatchingSpineStaysABookOfItsOwn() {
    List<List<ScoredBook>> shelf = List.of(
        List.of(scored(OTHER, TITLE_ONLY)),
        List.of(scored(MEMORIA, CODE_ONLY)));
    assertThat(LabelMasks.merge(shelf)).isEqualTo(shelf);
  }

  @Test
  void twoCodeOnlySegmentsOfOneBookAreLeftToTheAssignment() {
    List<List<ScoredBook>> shelf = List.of(
        List.of(scored(MEMORIA, CODE_ONLY)),
        List.of(scored(MEMORIA, CODE_ONLY)));
    assertThat(LabelMasks.merge(shelf)).isEqualTo(shelf);
  }

  @Test
  void aFeatureThatCannotTellIsNotAWordShown() {
    SpineFeatures authorless = new SpineFeatures(1, 0, 0.5, 1);
    assertThat(authorless.showsTitleOrAuthorWords()).isFalse();
    assertThat(CODE_ONLY.showsOnlyShelfCode()).isTrue();
    assertThat(TITLE_ONLY.showsOnlyShelfCode()).isFalse();
    assertThat(TITLE_ONLY.showsTitleOrAuthorWords()).isTrue();
  }

  private static final SpineFeatures CODE_AND_AUTHOR = new SpineFeatures(1, 0, 1, 1);

  @Test
  void aLabelShowingTheAuthorGivesCodeAndAuthorToTheSpineShowingTheTitle() {
    List<List<ScoredBook>> merged = LabelMasks.merge(List.of(
        List.of(scored(MEMORIA, TITLE_ONLY)),
        List.of(scored(OTHER, CODE_AND_AUTHOR), scored(MEMORIA, CODE_AND_AUTHOR))));
    assertThat(merged.get(1)).isEmpty();
    SpineFeatures spine = merged.get(0).get(0).features();
    assertThat(spine.tag()).isEqualTo(1.0);
    assertThat(spine.author()).isEqualTo(1.0);
  }

  @Test
  void aSpineShowingItsOwnCodeAndAuthorTakesNoOtherLabel() {
    // two books of one author side by side: the code-and-author segment is the other book, not this one's label
    List<List<ScoredBook>> shelf = List.of(
        List.of(scored(MEMORIA, new SpineFeatures(1, 1, 1, 1))),
        List.of(scored(OTHER, CODE_AND_AUTHOR), scored(MEMORIA, CODE_AND_AUTHOR)));
    assertThat(LabelMasks.merge(shelf)).isEqualTo(shelf);
  }

  @Test
  void aCodeOnlyLabelOfABookWithoutAuthorIsMergedToo() {
    CatalogueBook guide = new CatalogueBook(2, "2", "Guía de Menorca", "", "91 Gui", "");
    List<List<ScoredBook>> merged = LabelMasks.merge(List.of(
        List.of(scored(guide, new SpineFeatures(0, 1, 0.5, 1))),
        List.of(scored(guide, new SpineFeatures(1, 0, 0.5, 1)))));
    assertThat(merged.get(1)).isEmpty();
    assertThat(merged.get(0).get(0).features().tag()).isEqualTo(1.0);
  }
}
