package dev.concord.books.catalogue;

import java.util.Objects;

/**
 * What makes two catalogue rows copies of one book: the same title and author (whitespace-insensitive), the
 * identity the books metric judges links by.
 */
public record BookKey(String title, String author) {
  public BookKey {
    title = squeeze(Objects.requireNonNull(title, "title"));
    author = squeeze(Objects.requireNonNull(author, "author"));
  }

  /** Strips and collapses runs of whitespace; returns the same string when there is nothing to do. */
  private static String squeeze(String s) {
    String t = s.strip();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(t.charAt(i + 1)))) {
        return t.replaceAll("\\s+", " ");
      }
    }
    return t;
  }
}
