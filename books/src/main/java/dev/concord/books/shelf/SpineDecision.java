package dev.concord.books.shelf;

import dev.concord.books.lookup.ScoredBook;
import java.util.Objects;
import java.util.Optional;

/**
 * What was decided for one spine.
 *
 * @param best the book the spine would get if it had to have one: its link, or for a rejected spine its own best
 *             candidate (empty: no candidate at all)
 * @param link the book linked after the reject decision (empty: rejected as not a book or not catalogued)
 */
public record SpineDecision(String spineId, String shelf, Optional<ScoredBook> best, Optional<ScoredBook> link) {
  public SpineDecision {
    Objects.requireNonNull(spineId, "spineId");
    Objects.requireNonNull(shelf, "shelf");
    Objects.requireNonNull(best, "best");
    Objects.requireNonNull(link, "link");
  }
}
