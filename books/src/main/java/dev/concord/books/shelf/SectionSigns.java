package dev.concord.books.shelf;

import dev.concord.books.lookup.ScoredBook;
import dev.concord.books.spine.BookText;
import dev.concord.books.spine.SpineFeatures;
import dev.concord.books.spine.SpineText;
import java.util.List;

/**
 * Shelf signs photographed with the books: a classification with its subject heading ({@code 658 GESTIÓ
 * COMERCIAL}, {@code 59.82 OCELLS}). A book's label always ends in the author code its classification is printed
 * with, so a segment that reads a book's classification but not its author code, nor the author's name, nor the
 * whole title, and is no longer than a heading, is taken for a sign: its subject words match some title of the class
 * (part of "Gestión de proyectos") and the classification matches the whole class, so its best book is an accident
 * of the class, not a book on the shelf.
 */
final class SectionSigns {
  /** A subject heading is a few words; a spine that shows more is more than a sign. */
  static final int MAX_HEADING_WORDS = 3;

  private SectionSigns() {}

  /**
   * @param text the segment's OCR text
   * @param best the segment's best book
   */
  static boolean looksLikeSign(String text, ScoredBook best) {
    SpineFeatures f = best.features();
    if (!(f.tag() > 0) || f.showsAuthorWords() || !(f.title() < 1)) return false;
    BookText book = BookText.of(best.book());
    if (book.tagCode().isEmpty() || book.tagClass().isEmpty()) return false;
    List<String> words = SpineText.of(text).words();
    if (words.contains(book.tagCode())) return false;
    long heading = words.stream().filter(w -> w.length() >= 2 && w.chars().allMatch(Character::isLetter)).count();
    return heading <= MAX_HEADING_WORDS;
  }
}
