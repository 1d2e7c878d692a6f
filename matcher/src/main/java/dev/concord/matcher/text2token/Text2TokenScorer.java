package dev.concord.matcher.text2token;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.embeddings.text2token.Text2TokenModel;
import dev.concord.embeddings.text2token.Text2TokenTrainer;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.Scorer;
import java.util.ArrayList;
import java.util.List;

/**
 * The Text2Token representation as a scorer: a model trained on the texts of both corpora scores a reference
 * item by the mean of the dense cosine and the cosine of the two sparse top-k token vectors, the latter found
 * through an inverted index over the references' predicted tokens.
 */
public final class Text2TokenScorer implements Scorer {
  public static final String NAME = "text2token";
  /** Tokens kept in each sparse vector. */
  static final int SPARSE_K = 64;

  @Override
  public String name() { return NAME; }

  @Override
  public FittedScorer fit(Corpus reference, Corpus queries, FitContext context) {
    return fitIndex(reference, queries, context);
  }

  /**
   * One fitted model seen three ways: the combined scorer (which owns the references: add new ones through it) and
   * its dense and token similarities alone, for a fusion that weighs them separately.
   */
  public record Signals(FittedScorer combined, FittedScorer dense, FittedScorer tokens) {}

  public Signals fitSignals(Corpus reference, Corpus queries, FitContext context) {
    Text2TokenIndex index = fitIndex(reference, queries, context);
    return new Signals(index, index.denseOnly(), index.tokensOnly());
  }

  private static Text2TokenIndex fitIndex(Corpus reference, Corpus queries, FitContext context) {
    List<String> refs = new ArrayList<>(reference.size());
    for (Item i : reference) refs.add(Text2TokenModel.textOf(i));
    List<String> qs = new ArrayList<>(queries.size());
    for (Item i : queries) qs.add(Text2TokenModel.textOf(i));
    Text2TokenTrainer.Result trained = new Text2TokenTrainer().train(refs, qs, context.progress());
    return new Text2TokenIndex(trained.model(), reference, SPARSE_K, context.progress());
  }
}
