package dev.concord.matcher;

import dev.concord.core.Item;
import dev.concord.core.Ranking;

/** A fitted scorer: ranks reference items for any query item, including items never seen at fit time. */
public interface FittedScorer {
  /** The top {@code k} reference items for the query, best first, scores in [0,1]. Thread-safe. */
  Ranking rank(Item query, int k);

  /** Adds a reference item after fitting (inductively: no retraining). Not concurrent with rank. */
  void addReference(Item item);

  /** Scorer name and model version, as written into links. */
  String method();
}
