package dev.concord.matcher.concord;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.Scorer;
import dev.concord.matcher.assignment.AssignedPair;
import dev.concord.matcher.assignment.RankingAssignment;
import dev.concord.matcher.features.FieldProfile;
import dev.concord.matcher.features.PairFeatures;
import dev.concord.matcher.fusion.AgreementWeights;
import dev.concord.matcher.learn.BoostedTrees;
import dev.concord.matcher.graph.GraphScorer;
import dev.concord.matcher.lexical.LexicalScorer;
import dev.concord.matcher.text2token.Text2TokenScorer;
import dev.concord.matcher.threshold.NullCalibratedThreshold;
import dev.concord.matcher.threshold.RejectThreshold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Concord's default scorer. Candidates come from lexical indexes in both directions (each query's top k over the
 * reference, each reference item's top k over the queries); every candidate pair gets field-aware similarity
 * features ({@link PairFeatures}); a gradient-boosted model turns them into a match probability.
 *
 * <p>Without labels the model is self-trained from the structure of the candidates: a one-to-one assignment over
 * the lexical scores marks the pairs that could be matches (except its weak forced choices, see
 * {@link #assignedLabels}); every candidate pair it leaves out lost to a better one, so it is a negative, as are
 * random pairs. Assigned pairs whose features look like those losers are the
 * assignment's forced mistakes, and the model, fitted to tell assigned from left-out pairs on similarity
 * features alone (never on ranks, which made the labels), gives them a low probability. Probabilities of fitted
 * pairs are out-of-fold (cross-fitting by query), so no pair is scored by a model that saw its label. Self-training
 * runs twice: the second round keeps a pseudo-positive only where the assignment over the first round's
 * probabilities keeps it too ({@link #agree}). The trees are monotone in every similarity
 * ({@link PairFeatures#monotone}): a closer pair never scores lower, whatever the noise of the pseudo-labels.
 * Where the sources share no fields (claims against rows, texts against texts) there is nothing field-aware to
 * learn, and the scorer is instead a score fusion of Text2Token's dense and token similarities with the graph
 * scorer's embeddings, one ranker of each family of evidence on texts, weighted by their label-free agreement
 * ({@link #fuse}); explanations carry both scorers' features.
 * No gold label is used for any choice.
 */
public final class ConcordScorer implements Scorer {
  public static final String NAME = "concord";
  static final int CANDIDATES = 10;
  private static final int FOLDS = 3;
  private static final int RANDOM_NEGATIVES_PER_QUERY = 2;
  private static final System.Logger LOG = System.getLogger(ConcordScorer.class.getName());

  @Override
  public String name() { return NAME; }

  @Override
  public FittedScorer fit(Corpus reference, Corpus queries, FitContext context) {
    if (queries.size() == 0) {
      throw new IllegalArgumentException("the concord scorer learns from both sources: give the query corpus at fit time");
    }
    if (FieldProfile.align(queries, reference).isEmpty()) return fuse(reference, queries, context);
    TextAnalyzer analyzer = new TextAnalyzer();
    FittedScorer forward = new LexicalScorer().fit(reference, queries, context);
    FittedScorer backward = new LexicalScorer().fit(queries, reference, context);
    PairFeatures features = new PairFeatures(analyzer, queries, reference);
    // every fitted item is compared a dozen times or more: profile each once, up front
    for (Corpus c : List.of(queries, reference)) c.items().parallelStream().forEach(features::remember);
    List<CandidatePair> pairs = CandidatePairs.both(reference, queries, forward, backward, CANDIDATES, context);
    double[][] x = features(pairs, reference, queries, features, context);
    int[] y = assignedLabels(pairs, queries, reference);
    Random rnd = new Random(context.seed());
    double[][] random = new double[queries.size() * RANDOM_NEGATIVES_PER_QUERY][];
    for (int i = 0; i < random.length; i++) {
      random[i] = features.of(queries.get(i % queries.size()), reference.get(rnd.nextInt(reference.size())));
    }
    // similarities may only raise a match: pseudo-labels are noisy, and a free tree fits their noise as dips
    int[] monotone = features.monotone();
    SelfTrained first = selfTrain(x, y, random, pairs, context, monotone, false);
    // second round: a pseudo-positive must be kept by both assignments, the lexical one and the first model's
    int[] agreed = agree(y, assigned(pairs, queries, reference, first.outOfFold()));
    SelfTrained second = Arrays.stream(agreed).anyMatch(v -> v == 1)
        ? selfTrain(x, agreed, random, pairs, context, monotone, true)
        : selfTrain(x, y, random, pairs, context, monotone, true);
    double[] outOfFold = second.outOfFold();
    double[][] contributions = second.contributions();
    List<BoostedTrees> folds = second.folds();
    return new FittedConcord(reference, queries, forward, features, new FoldEnsemble(folds), pairs, x, outOfFold, contributions);
  }

  private record SelfTrained(List<BoostedTrees> folds, double[] outOfFold, double[][] contributions) {}

  private static SelfTrained selfTrain(double[][] x, int[] y, double[][] random, List<CandidatePair> pairs, FitContext context,
      int[] mono, boolean explain) {
    double[] outOfFold = new double[pairs.size()];
    double[][] contributions = new double[pairs.size()][];
    context.progress().start("self-training (" + FOLDS + " folds)", FOLDS);
    List<BoostedTrees> folds = IntStream.range(0, FOLDS).parallel().mapToObj(f -> {
      BoostedTrees m = train(x, y, random, i -> pairs.get(i).query() % FOLDS != f, context.seed() + f, mono);
      context.progress().step(1);
      return m;
    }).toList();
    IntStream.range(0, FOLDS).parallel().forEach(f -> {
      int[] held = IntStream.range(0, pairs.size()).filter(i -> pairs.get(i).query() % FOLDS == f).toArray();
      double[][] hx = new double[held.length][];
      for (int j = 0; j < held.length; j++) hx[j] = x[held[j]];
      double[] p = folds.get(f).probabilities(hx);
      // explanations of every fitted pair in one native call per fold, not one per ranked query
      double[][] c = explain ? folds.get(f).allContributions(hx) : null;
      for (int j = 0; j < held.length; j++) {
        outOfFold[held[j]] = p[j];
        if (explain) contributions[held[j]] = c[j];
      }
    });
    context.progress().done();
    return new SelfTrained(folds, outOfFold, contributions);
  }

  /** Which pairs a one-to-one assignment over the given per-pair scores keeps (no threshold). */
  static boolean[] assigned(List<CandidatePair> pairs, Corpus queries, Corpus reference, double[] score) {
    Set<Long> kept = keys(RankingAssignment.oneToOne(rankings(pairs, queries, reference, score), 0.0), queries, reference);
    boolean[] out = new boolean[pairs.size()];
    for (int i = 0; i < out.length; i++) out[i] = kept.contains(key(pairs.get(i).query(), pairs.get(i).reference()));
    return out;
  }

  /** Each query's candidate pairs as a ranking, best first by the given per-pair scores. */
  private static List<Ranking> rankings(List<CandidatePair> pairs, Corpus queries, Corpus reference, double[] score) {
    List<List<Candidate>> byQuery = new ArrayList<>();
    for (int q = 0; q < queries.size(); q++) byQuery.add(new ArrayList<>());
    for (int i = 0; i < pairs.size(); i++) {
      CandidatePair p = pairs.get(i);
      byQuery.get(p.query()).add(new Candidate(reference.get(p.reference()).id(), score[i]));
    }
    List<Ranking> rankings = new ArrayList<>();
    for (int q = 0; q < queries.size(); q++) {
      List<Candidate> cs = byQuery.get(q);
      cs.sort(Comparator.comparingDouble(c -> -c.score()));
      rankings.add(new Ranking(queries.get(q).id(), cs));
    }
    return rankings;
  }

  /** The (query position, reference position) keys of assigned pairs. */
  private static Set<Long> keys(List<AssignedPair> assignment, Corpus queries, Corpus reference) {
    Set<Long> keys = new HashSet<>();
    for (AssignedPair a : assignment) keys.add(key(queries.positionOf(a.left()), reference.positionOf(a.candidate().id())));
    return keys;
  }

  private static long key(int query, int reference) {
    return ((long) query << 32) | reference;
  }

  /**
   * The second round's labels, by agreement of two views as in co-training (Blum &amp; Mitchell, COLT 1998): a
   * pseudo-positive of the lexical assignment stays positive only where the one-to-one assignment over the first
   * model's out-of-fold probabilities keeps it too; otherwise it is left out. The views are not independent (the
   * model's features include the lexical cosines), so this filters labels rather than co-trains: measured on the
   * four ER sets, the pairs both keep were 95.5 / 70.3 / 99.3 / 49.0% true matches against 93.9 / 64.3 / 98.5 /
   * 38.9% of all pseudo-positives (abt_buy, amazon_google, dblp_acm, walmart_amazon; gold read only for that
   * diagnosis). A negative stays negative even where the model's assignment keeps it: those pairs were mostly
   * non-matches (6–42% true), and leaving them out too ("strict" agreement) measured no better.
   */
  static int[] agree(int[] y, boolean[] other) {
    int[] out = y.clone();
    for (int i = 0; i < y.length; i++) if (y[i] == 1 && !other[i]) out[i] = UNLABELLED;
    return out;
  }

  /**
   * Sources without shared fields (texts): a weighted score fusion of three families of evidence ({@link TextFusion}),
   * Text2Token's dense cosine, its token similarity (BM25 over the model's words and subword pieces) and the graph
   * scorer (TDmatch graph embeddings re-scored by token alignment and BM25 relevance, {@link GraphScorer}). Rankers of
   * one family share their errors, so the lexical TF-IDF cosine and BM25 are left out: they score the same word
   * overlap as Text2Token's tokens (session 3 of docs/notes/issue-6-matcher.md measured every fusion that added them
   * below Text2Token alone). With the graph as a third family, {@link AgreementWeights} is identified (with two, the
   * fit is singular), so each ranker's weight is the log-odds of its accuracy estimated from top-1 agreements on the
   * query corpus, no label used. Score fusion, not reciprocal ranks, and raw scores, not min-max: both measured on
   * corona and politifact together (session 5), as reciprocal ranks were in session 3. The graph adds its fit time
   * (about 40-60 s per text set on two cores) to Text2Token's. The graph keeps its plain product of cosine, recall
   * and relevance here, not its agreement-weighed factors: the fusion weighs it against the others itself and
   * averages raw scores, and with the graph's weighed scores corona's MRR@1 fell to 0.737 from 0.753-0.756 (session
   * 6, politifact level at 0.488).
   */
  private static FittedScorer fuse(Corpus reference, Corpus queries, FitContext context) {
    Text2TokenScorer.Parts t2t = new Text2TokenScorer().fitParts(reference, queries, context);
    FittedScorer graph = new GraphScorer(false).fit(reference, queries, context);
    Map<String, FittedScorer> rankers = new LinkedHashMap<>();
    rankers.put("dense", t2t.dense());
    rankers.put("tokens", t2t.tokens());
    rankers.put("graph", graph);
    Map<String, Double> w = AgreementWeights.estimate(rankers, Map.of("dense", "dense", "tokens", "tokens", "graph", "graph"),
        queries.items(), context.seed());
    LOG.log(System.Logger.Level.INFO, "concord text fusion weights on {0}: {1}", queries.name(), w);
    TextFusion fused = new TextFusion(t2t.combined(), graph, new double[] {w.get("dense"), w.get("tokens"), w.get("graph")});
    return new Named(NAME + "/" + fused.method(), fused);
  }

  /** A fitted scorer under the concord name: ranks, thresholds and owns its references as the scorer it wraps. */
  private record Named(String method, FittedScorer inner) implements FittedScorer {
    @Override
    public Ranking rank(Item query, int k) { return inner.rank(query, k); }

    @Override
    public Ranking rank(Item query, int k, double minScore) { return inner.rank(query, k, minScore); }

    @Override
    public void addReference(Item item) { inner.addReference(item); }

    @Override
    public RejectThreshold rejectThreshold() { return inner.rejectThreshold(); }
  }

  private static double[][] features(List<CandidatePair> pairs, Corpus reference, Corpus queries, PairFeatures features,
      FitContext context) {
    context.progress().start("pair features", pairs.size());
    double[][] x = new double[pairs.size()][];
    IntStream.range(0, pairs.size()).parallel().forEach(i -> {
      CandidatePair p = pairs.get(i);
      x[i] = features.of(queries.get(p.query()), reference.get(p.reference()));
      context.progress().step(1);
    });
    context.progress().done();
    return x;
  }

  /** Self-training label of a pair left out of the fit: an assignment nobody can vouch for either way. */
  static final int UNLABELLED = -1;

  /**
   * 1 for the pairs a one-to-one assignment over lexical scores keeps, 0 for the candidates it leaves out, and
   * {@link #UNLABELLED} for the assignment's forced choices: pairs kept below the lexical reject threshold
   * although the query had a better candidate, which another query took. The assignment gives a query without a
   * match the best of what others left (same venue and year, another title); as positives such pairs taught the
   * model that they match (dblp_acm: a paper of the same issue linked at probability 0.87). A weak pair that is
   * the query's first choice stays a positive: that is how a hard true match looks.
   */
  static int[] assignedLabels(List<CandidatePair> pairs, Corpus queries, Corpus reference) {
    List<Ranking> rankings = rankings(pairs, queries, reference, pairs.stream().mapToDouble(CandidatePair::lexical).toArray());
    List<AssignedPair> assignment = RankingAssignment.oneToOne(rankings, 0.0);
    double cut = rejectThreshold(rankings, assignment);
    double[] bestOfQuery = new double[queries.size()];
    for (CandidatePair p : pairs) bestOfQuery[p.query()] = Math.max(bestOfQuery[p.query()], p.lexical());
    Set<Long> assigned = keys(assignment, queries, reference);
    int[] y = new int[pairs.size()];
    for (int i = 0; i < y.length; i++) {
      CandidatePair p = pairs.get(i);
      if (!assigned.contains(key(p.query(), p.reference()))) continue;
      boolean firstChoice = p.lexical() >= bestOfQuery[p.query()];
      y[i] = p.lexical() >= cut || firstChoice ? 1 : UNLABELLED;
    }
    return y;
  }

  /** The lexical scores' reject threshold, chosen as the engine chooses it ({@link NullCalibratedThreshold}). */
  private static double rejectThreshold(List<Ranking> rankings, List<AssignedPair> assignment) {
    Map<String, String> taken = new HashMap<>();
    double[] best = new double[assignment.size()];
    for (int i = 0; i < best.length; i++) {
      best[i] = assignment.get(i).candidate().score();
      taken.put(assignment.get(i).left(), assignment.get(i).candidate().id());
    }
    return NullCalibratedThreshold.forLinks(rankings, taken, best).threshold();
  }

  private static BoostedTrees train(double[][] x, int[] y, double[][] random, IntPredicate use, long seed,
      int[] mono) {
    List<double[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (!use.test(i) || y[i] == UNLABELLED) continue;
      rows.add(x[i]);
      labels.add(y[i]);
    }
    for (double[] r : random) {
      rows.add(r);
      labels.add(0);
    }
    if (!labels.contains(1)) throw new IllegalStateException("no candidate pairs to learn from: the sources share no words");
    int[] yy = labels.stream().mapToInt(Integer::intValue).toArray();
    long positives = Arrays.stream(yy).filter(v -> v == 1).count();
    // balanced classes: probability 0.5 then means "the density of assigned pairs exceeds that of the pairs the
    // assignment left out", a likelihood-ratio test that does not depend on how many near misses blocking kept
    double[] w = new double[yy.length];
    for (int i = 0; i < w.length; i++) w[i] = yy[i] == 1 ? (yy.length - positives) / (double) positives : 1.0;
    return BoostedTrees.fit(rows.toArray(new double[0][]), yy, w,
        BoostedTrees.Settings.DEFAULT.withSeed(seed).withMonotone(mono));
  }
}
