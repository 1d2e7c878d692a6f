package dev.concord.matcher.text2token;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.embeddings.text2token.Text2TokenModel;
import dev.concord.embeddings.text2token.Text2TokenTrainer;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.Scorer;
import dev.concord.matcher.bm25.Bm25Scorer;
import dev.concord.matcher.fusion.AgreementWeights;
import dev.concord.matcher.models.Fingerprint;
import dev.concord.matcher.models.ModelCodec;
import dev.concord.matcher.models.ModelKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Text2Token representation as a scorer: a model trained on the texts of both corpora scores a reference
 * item by a weighted sum of the dense cosine and a similarity of the model's in-text key tokens (words and subword
 * pieces; BM25 when texts look for references, cosine between rows: see {@link Text2TokenIndex}), found through an
 * inverted index. Which of the two similarities to trust differs
 * by data set (the dense one on claims against table rows, the token one on claims against long fact-checks), so
 * the weights are estimated without labels: from how often each one's top-1 agrees with the other's and with a
 * BM25 referee on the query corpus ({@link AgreementWeights}); BM25 itself does not score. With no queries at fit
 * time the two weigh the same.
 */
public final class Text2TokenScorer implements Scorer {
  public static final String NAME = "text2token";
  /** Bump the revision when the trainer changes, so that saved models of the old trainer are not reused. */
  private static final String MODEL_KIND = "text2token.r3";
  private static final ModelCodec<Text2TokenModel> CODEC = ModelCodec.of(Text2TokenModel::save, Text2TokenModel::load);
  private static final System.Logger LOG = System.getLogger(Text2TokenScorer.class.getName());

  @Override
  public String name() { return NAME; }

  @Override
  public FittedScorer fit(Corpus reference, Corpus queries, FitContext context) {
    return fitParts(reference, queries, context).combined();
  }

  /**
   * The fitted scorer and its two similarities alone, for a caller that weighs them against rankers of its own. The
   * views share the combined scorer's references: add references through {@code combined} only.
   */
  public record Parts(FittedScorer combined, FittedScorer dense, FittedScorer tokens) {}

  /** As {@link #fit}, also giving the dense and token similarities as rankers of their own. */
  public Parts fitParts(Corpus reference, Corpus queries, FitContext context) {
    Text2TokenIndex index = fitIndex(reference, queries, context);
    return new Parts(combine(index, reference, queries, context), index.denseOnly(), index.tokensOnly());
  }

  private static FittedScorer combine(Text2TokenIndex index, Corpus reference, Corpus queries, FitContext context) {
    if (queries.size() == 0) return index;
    Map<String, FittedScorer> rankers = new LinkedHashMap<>();
    rankers.put("bm25", new Bm25Scorer().fit(reference, queries, context));
    rankers.put("dense", index.denseOnly());
    rankers.put("tokens", index.tokensOnly());
    Map<String, String> family = Map.of("bm25", "bm25", "dense", "dense", "tokens", "tokens");
    Map<String, Double> w = AgreementWeights.estimate(rankers, family, queries.items(), context.seed());
    LOG.log(System.Logger.Level.INFO, "text2token agreement weights on {0}: {1}", queries.name(), w);
    double dense = w.get("dense");
    double tokens = w.get("tokens");
    if (dense + tokens == 0) return index;
    return index.reweighted(dense / (dense + tokens), tokens / (dense + tokens));
  }

  private static Text2TokenIndex fitIndex(Corpus reference, Corpus queries, FitContext context) {
    List<String> refs = new ArrayList<>(reference.size());
    for (Item i : reference) refs.add(Text2TokenModel.textOf(i));
    List<String> qs = new ArrayList<>(queries.size());
    for (Item i : queries) qs.add(Text2TokenModel.textOf(i));
    ModelKey key = new ModelKey(MODEL_KIND, new Fingerprint().add(context.seed()).addAll(refs).addAll(qs).hex());
    Text2TokenModel model = context.models().loadOrTrain(key, CODEC,
        () -> new Text2TokenTrainer().train(refs, qs, context.progress()).model());
    return new Text2TokenIndex(model, reference, retrieval(reference, queries), context.progress(), 0.5, 0.5);
  }

  /**
   * Whether matching is retrieval (texts or spines looking for references: BM25 token similarity) rather than record
   * against record (rows on both sides: cosine). With no queries at fit time the references' kind decides.
   */
  static boolean retrieval(Corpus reference, Corpus queries) {
    Corpus side = queries.size() > 0 ? queries : reference;
    for (Item i : side) if (i.kind() != dev.concord.core.ItemKind.ROW) return true;
    return false;
  }
}
