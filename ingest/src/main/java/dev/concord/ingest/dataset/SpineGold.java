package dev.concord.ingest.dataset;

/**
 * What a spine segment really is, for scoring: the gold book's title and author, or a flag saying there is
 * no catalogue book for it.
 */
public record SpineGold(String title, String author, boolean notBook, boolean notInCatalogue, boolean mergedBooks) {
  /** A segment whose book is in the catalogue and can be scored by title and author. */
  public boolean hasCatalogueBook() {
    return !notBook && !notInCatalogue && !mergedBooks;
  }
}
