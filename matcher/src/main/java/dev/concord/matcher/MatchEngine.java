package dev.concord.matcher;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Link;
import dev.concord.core.Ranking;
import dev.concord.core.progress.Progress;
import dev.concord.matcher.assignment.AssignedPair;
import dev.concord.matcher.assignment.RankingAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The one entry point used by the CLI, the stream app and REST: fitted once on a reference corpus (and the
 * query corpus, when known), it ranks candidates for single items and reconciles whole corpora into links.
 */
public final class MatchEngine {
  private final EngineConfig config;
  private final FittedScorer scorer;
  private final String referenceCorpus;

  private MatchEngine(EngineConfig config, FittedScorer scorer, String referenceCorpus) {
    this.config = config;
    this.scorer = scorer;
    this.referenceCorpus = referenceCorpus;
  }

  /** Fits the configured scorer on the reference corpus; {@code queries} may be empty. */
  public static MatchEngine fit(EngineConfig config, Corpus reference, Corpus queries, FitContext context) {
    Scorer s = Scorers.byName(config.scorer());
    return new MatchEngine(config, s.fit(reference, queries, context), reference.name());
  }

  public EngineConfig config() { return config; }

  public String referenceCorpus() { return referenceCorpus; }

  /** Scorer name and model version, as written into links. */
  public String method() { return scorer.method(); }

  /** The top k reference items for one item (new items are embedded inductively). */
  public Ranking candidates(Item item, int k) {
    return scorer.rank(Objects.requireNonNull(item, "item"), k);
  }

  /** The top k reference items scoring at least {@code minScore}. */
  public Ranking candidates(Item item, int k, double minScore) {
    return scorer.rank(Objects.requireNonNull(item, "item"), k, minScore);
  }

  /** Adds an item to the reference side without refitting. */
  public synchronized void addReference(Item item) {
    scorer.addReference(item);
  }

  /** Ranks every query item, in parallel, keeping the configured k. */
  public List<Ranking> rankAll(Corpus queries, Progress progress) {
    return rankAll(queries.items(), config.k(), progress);
  }

  /** Ranks every item, in parallel, keeping {@code k} candidates each (e.g. deeper than the configured k). */
  public List<Ranking> rankAll(List<Item> queries, int k, Progress progress) {
    progress.start("ranking", queries.size());
    Ranking[] out = new Ranking[queries.size()];
    IntStream.range(0, queries.size()).parallel().forEach(i -> {
      out[i] = scorer.rank(queries.get(i), k);
      progress.step(1);
    });
    progress.done();
    return List.of(out);
  }

  /** Links the query corpus against the reference, by the configured mode and threshold. */
  public Reconciliation reconcile(Corpus queries, Progress progress) {
    return reconcile(rankAll(queries, progress));
  }

  /** Links from rankings made already (deeper ones are cut to the configured k), by the mode and threshold. */
  public Reconciliation reconcile(List<Ranking> ranked) {
    List<Ranking> rankings = ranked.stream().map(r -> r.candidates().size() <= config.k() ? r
        : new Ranking(r.queryId(), r.candidates().subList(0, config.k()))).toList();
    double threshold = config.threshold().orElseGet(() -> autoThreshold(rankings));
    return new Reconciliation(rankings, decide(rankings, threshold), threshold);
  }

  private List<Link> decide(List<Ranking> rankings, double threshold) {
    List<Link> links = new ArrayList<>();
    switch (config.mode()) {
      case ONE_TO_ONE -> {
        for (AssignedPair p : RankingAssignment.oneToOne(rankings, threshold)) links.add(link(p.left(), p.candidate()));
      }
      case MANY_TO_ONE -> {
        for (Ranking r : rankings) {
          if (!r.isEmpty() && r.top().score() >= threshold) links.add(link(r.queryId(), r.top()));
        }
      }
      case TOP_K -> {
        for (Ranking r : rankings) {
          for (Candidate c : r.candidates()) if (c.score() >= threshold) links.add(link(r.queryId(), c));
        }
      }
    }
    return links;
  }

  private Link link(String left, Candidate c) {
    return new Link(left, c.id(), c.score(), scorer.method(), c.explanation());
  }

  /**
   * The threshold, chosen without gold from the links the mode makes with no threshold, by the scorer's
   * {@link FittedScorer#rejectThreshold()}.
   */
  private double autoThreshold(List<Ranking> rankings) {
    List<Link> unfiltered = decide(rankings, 0.0);
    java.util.Map<String, String> linked = new java.util.HashMap<>();
    double[] best = new double[unfiltered.size()];
    for (int i = 0; i < best.length; i++) {
      best[i] = unfiltered.get(i).score();
      linked.putIfAbsent(unfiltered.get(i).left(), unfiltered.get(i).right());
    }
    return scorer.rejectThreshold().choose(rankings, linked, best);
  }

  /** Rankings of every query, the links decided from them and the threshold used. */
  public record Reconciliation(List<Ranking> rankings, List<Link> links, double threshold) {}
}
