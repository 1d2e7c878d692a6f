package dev.concord.books.catalogue;

import java.util.Objects;

/**
 * One catalogue row.
 *
 * @param position the row's position in the catalogue (0, 1, ...), used as a dense index
 * @param id       the row's item id
 * @param tag      the shelf code printed on the spine label, e.g. {@code 92(Fra) Pre}; not unique
 */
public record CatalogueBook(int position, String id, String title, String author, String tag, String series) {
  public CatalogueBook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(series, "series");
  }

  public BookKey key() {
    return new BookKey(title, author);
  }
}
