package dev.concord.matcher.strings;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.lexical.LexicalScorer;
import java.util.List;

/**
 * The blocking every string scorer shares, so that learned and fixed similarities are compared on the same
 * candidate pairs: the lexical baseline's top {@link #DEPTH} reference items per query.
 */
final class CandidateBlocking {
  static final int DEPTH = 50;

  private final FittedScorer lexical;

  CandidateBlocking(Corpus reference, Corpus queries, FitContext context) {
    this.lexical = new LexicalScorer().fit(reference, queries, context);
  }

  List<Candidate> candidates(Item query) {
    return lexical.rank(query, DEPTH).candidates();
  }

  void addReference(Item item) {
    lexical.addReference(item);
  }
}
