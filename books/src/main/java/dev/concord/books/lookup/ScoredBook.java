package dev.concord.books.lookup;

import dev.concord.books.catalogue.CatalogueBook;
import dev.concord.books.spine.SpineFeatures;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A catalogue book ranked for a spine: its score in [0,1], the spine's own evidence, and, once the spine's
 * shelf has been looked at, how well the book's shelf code agrees with its neighbours'.
 */
public record ScoredBook(CatalogueBook book, double score, SpineFeatures features, OptionalDouble shelfAgreement) {
  public ScoredBook {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(shelfAgreement, "shelfAgreement");
  }

  public ScoredBook(CatalogueBook book, double score, SpineFeatures features) {
    this(book, score, features, OptionalDouble.empty());
  }

  /** This book rescored: its own evidence blended with the shelf's agreement, {@code weight} in [0,1]. */
  public ScoredBook withShelfAgreement(double agreement, double weight) {
    return new ScoredBook(book, (1 - weight) * features.score() + weight * agreement, features,
        OptionalDouble.of(agreement));
  }
}
