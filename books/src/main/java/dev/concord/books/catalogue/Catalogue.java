package dev.concord.books.catalogue;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A library catalogue: its rows as books, and how many copies each book has (rows sharing title and author).
 */
public final class Catalogue {
  public static final List<String> REQUIRED_FIELDS = List.of("title", "author", "tag");

  private final String name;
  private final List<CatalogueBook> books;
  private final Object2IntOpenHashMap<BookKey> copies;

  private Catalogue(String name, List<CatalogueBook> books) {
    this.name = name;
    this.books = Collections.unmodifiableList(books);
    Object2IntOpenHashMap<BookKey> c = new Object2IntOpenHashMap<>(books.size());
    for (CatalogueBook b : books) c.addTo(b.key(), 1);
    c.trim();
    this.copies = c;
  }

  /**
   * The catalogue of a corpus of ROW items with fields {@code title, author, tag} (and optionally
   * {@code series}).
   *
   * @throws IllegalArgumentException naming the missing fields when the corpus lacks them
   */
  public static Catalogue of(Corpus corpus) {
    List<String> missing = REQUIRED_FIELDS.stream().filter(f -> !corpus.schema().contains(f)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("catalogue " + corpus.name() + " lacks field(s) " + missing
          + "; it has " + corpus.schema() + " (expected title, author, tag, series, isbn)");
    }
    List<CatalogueBook> books = new ArrayList<>(corpus.size());
    for (Item item : corpus) {
      books.add(new CatalogueBook(books.size(), item.id(), item.field("title"), item.field("author"),
          item.field("tag"), item.field("series")));
    }
    return new Catalogue(corpus.name(), books);
  }

  /** A catalogue of books already made; their positions must be 0, 1, ... in order. */
  public static Catalogue of(String name, List<CatalogueBook> books) {
    for (int i = 0; i < books.size(); i++) {
      if (books.get(i).position() != i) {
        throw new IllegalArgumentException("book " + books.get(i).id() + " has position " + books.get(i).position() + ", expected " + i);
      }
    }
    return new Catalogue(name, new ArrayList<>(books));
  }

  public String name() { return name; }

  public List<CatalogueBook> books() { return books; }

  public int size() { return books.size(); }

  public CatalogueBook get(int position) { return books.get(position); }

  /** Number of rows with this book's title and author (at least 1 for a book of this catalogue). */
  public int copiesOf(BookKey key) {
    return copies.getInt(key);
  }
}
