package dev.concord.matcher;

import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.threshold.RejectThreshold;

/** A fitted scorer: ranks reference items for any query item, including items never seen at fit time. */
public interface FittedScorer {
  /** The top {@code k} reference items for the query, best first, scores in [0,1]. Thread-safe. */
  Ranking rank(Item query, int k);

  /**
   * The candidates of {@link #rank(Item, int)} scoring at least {@code minScore}: the same list cut at the score,
   * which a scorer can find faster by never scoring what cannot reach it.
   */
  default Ranking rank(Item query, int k, double minScore) {
    Ranking all = rank(query, k);
    int keep = 0;
    while (keep < all.candidates().size() && all.candidates().get(keep).score() >= minScore) keep++;
    return keep == all.candidates().size() ? all : new Ranking(all.queryId(), all.candidates().subList(0, keep));
  }

  /** Adds a reference item after fitting (inductively: no retraining). Not concurrent with rank. */
  void addReference(Item item);

  /** Scorer name and model version, as written into links. */
  String method();

  /** How links of this scorer's scores are cut when no threshold is given. */
  default RejectThreshold rejectThreshold() { return RejectThreshold.RUNNER_UP_NULL; }
}
