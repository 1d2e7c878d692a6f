package dev.concord.books.shelf;

/** How the spines of one shelf photo are given their books. */
public enum Strategy {
  /** Each spine takes its best book on its own (independent retrieval). */
  ARGMAX,
  /** One assignment per shelf in which a book takes at most one spine. */
  SHELF,
  /** One assignment per shelf in which a book takes as many spines as the catalogue has copies of it. */
  SHELF_COPIES
}
