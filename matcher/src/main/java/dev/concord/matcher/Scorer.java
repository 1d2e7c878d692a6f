package dev.concord.matcher;

import dev.concord.core.Corpus;

/**
 * A way of ranking reference items for a query item. Fitting builds whatever the method needs (indexes,
 * graphs, vectors, models) from the reference corpus and, for transductive methods, the query corpus.
 */
public interface Scorer {
  /** The name that appears as {@code scorer} in eval reports and in link methods. */
  String name();

  /**
   * @param reference the corpus queries are matched against
   * @param queries   the corpus that will be queried, when known at fit time (may be empty)
   */
  FittedScorer fit(Corpus reference, Corpus queries, FitContext context);
}
