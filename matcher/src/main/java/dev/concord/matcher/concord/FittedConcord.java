package dev.concord.matcher.concord;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.features.PairFeatures;
import dev.concord.matcher.threshold.PosteriorF1Threshold;
import dev.concord.matcher.threshold.RejectThreshold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fitted {@link ConcordScorer}. Queries seen at fit time keep their candidates from both directions and their
 * out-of-fold probabilities; any other item is scored inductively: lexical candidates, pair features, the model
 * fitted on all pairs.
 */
final class FittedConcord implements FittedScorer {
  /** A scored candidate: its probability, features, and their contributions to it (log-odds, bias last). */
  private record Scored(Item reference, double probability, double[] features, double[] contributions) {}

  private final Map<String, Item> referenceById = new ConcurrentHashMap<>();
  private final Map<String, List<Scored>> fitted = new ConcurrentHashMap<>();
  private final String queryCorpus;
  private final FittedScorer forward;
  private final PairFeatures features;
  private final FoldEnsemble model;

  FittedConcord(Corpus reference, Corpus queries, FittedScorer forward, PairFeatures features, FoldEnsemble model,
      List<CandidatePair> pairs, double[][] x, double[] probability, double[][] contributions) {
    for (Item it : reference) referenceById.put(it.id(), it);
    this.queryCorpus = queries.name();
    this.forward = forward;
    this.features = features;
    this.model = model;
    for (int i = 0; i < pairs.size(); i++) {
      CandidatePair p = pairs.get(i);
      fitted.computeIfAbsent(queries.get(p.query()).id(), k -> new ArrayList<>())
          .add(new Scored(reference.get(p.reference()), probability[i], x[i], contributions[i]));
    }
    fitted.values().forEach(l -> l.sort(Comparator.comparingDouble((Scored s) -> -s.probability())
        .thenComparing(s -> s.reference().id())));
  }

  @Override
  public Ranking rank(Item query, int k) {
    List<Scored> known = query.corpus().equals(queryCorpus) ? fitted.get(query.id()) : null;
    List<Scored> scored = known != null && known.size() >= Math.min(k, ConcordScorer.CANDIDATES) ? known : inductive(query, k);
    List<Scored> top = scored.subList(0, Math.min(k, scored.size()));
    List<Candidate> out = new ArrayList<>(top.size());
    for (Scored s : top) out.add(new Candidate(s.reference().id(), s.probability(), explain(query, s)));
    return new Ranking(query.id(), out);
  }

  private List<Scored> inductive(Item query, int k) {
    List<Candidate> cs = forward.rank(query, Math.max(k, ConcordScorer.CANDIDATES)).candidates();
    double[][] x = new double[cs.size()][];
    List<Item> refs = new ArrayList<>(cs.size());
    for (int i = 0; i < x.length; i++) {
      refs.add(referenceById.get(cs.get(i).id()));
      x[i] = features.of(query, refs.get(i));
    }
    double[] p = model.probabilities(x);
    double[][] c = model.contributions(x);
    List<Scored> out = new ArrayList<>(x.length);
    for (int i = 0; i < x.length; i++) out.add(new Scored(refs.get(i), p[i], x[i], c[i]));
    out.sort(Comparator.comparingDouble((Scored s) -> -s.probability()).thenComparing(s -> s.reference().id()));
    return out;
  }

  private Explanation explain(Item query, Scored s) {
    double[] contribution = s.contributions();
    Map<String, Double> contributions = new LinkedHashMap<>();
    List<String> names = features.names();
    for (int f = 0; f < names.size(); f++) {
      if (contribution[f] != 0) contributions.put(names.get(f), contribution[f]);
    }
    contributions.put("bias", contribution[contribution.length - 1]);
    return new Explanation(features.named(s.features()), contributions, features.sharedWords(query, s.reference()));
  }

  @Override
  public synchronized void addReference(Item item) {
    forward.addReference(item);
    features.remember(item);
    referenceById.put(item.id(), item);
  }

  /**
   * The stricter of two label-free cuts whose errors both lean towards keeping false links. The runner-up null
   * ({@link RejectThreshold#RUNNER_UP_NULL}) is too low for self-trained scores: runner-ups were the negatives of
   * self-training, so they score far below the forced link of a query without a match (dblp_acm: cut 0.007).
   * The posterior cut ({@link PosteriorF1Threshold}, the probabilities are of balanced classes) is too low where
   * many queries have no match: their forced links were self-training positives, so their probabilities are too
   * high (walmart_amazon: 0.11, where the null gives 0.94). Neither can be too strict for the reason the other is
   * too lax, so the higher cut is kept.
   */
  @Override
  public RejectThreshold rejectThreshold() {
    return RejectThreshold.strictest(RejectThreshold.RUNNER_UP_NULL,
        (rankings, linked, scores) -> PosteriorF1Threshold.choose(scores).threshold());
  }

  @Override
  public String method() { return ConcordScorer.NAME + "/selftrained-gbt"; }
}
