package dev.concord.api.eval;

import dev.concord.books.catalogue.Catalogue;
import dev.concord.books.lookup.SpineLookup;
import dev.concord.books.shelf.ShelfMatcher;
import dev.concord.books.shelf.ShelfOptions;
import dev.concord.books.shelf.ShelfResult;
import dev.concord.books.shelf.SpineDecision;
import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Link;
import dev.concord.core.Ranking;
import dev.concord.core.progress.Progress;
import dev.concord.ingest.dataset.BooksDataset;
import dev.concord.ingest.dataset.ErDataset;
import dev.concord.ingest.dataset.LabelledPair;
import dev.concord.ingest.dataset.RankingDataset;
import dev.concord.ingest.dataset.SpineGold;
import dev.concord.matcher.EngineConfig;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.MatchEngine;
import dev.concord.matcher.MatchMode;
import dev.concord.matcher.eval.BlockingRecall;
import dev.concord.matcher.eval.BooksMetrics;
import dev.concord.matcher.eval.LinkMetrics;
import dev.concord.matcher.eval.RankingMetrics;
import dev.concord.matcher.supervised.LabelledIdPair;
import dev.concord.matcher.supervised.SupervisedMatcher;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** The scoring protocols of {@code shared/data/README.md}, one per layout. No gold label tunes anything. */
public final class Protocols {
  static final int BLOCKING_DEPTH = 50;

  private Protocols() {}

  /** Unsupervised record linkage: one-to-one links over all of tableA x tableB against every labelled match. */
  static Map<String, Double> er(ErDataset d, String scorer, Progress progress) {
    TimedFit fit = TimedFit.of(EngineConfig.DEFAULT.withScorer(scorer).withMode(MatchMode.ONE_TO_ONE).withK(10),
        d.right(), d.left(), progress);
    List<Ranking> deep = fit.engine().rankAll(d.left().items(), BLOCKING_DEPTH, progress);
    MatchEngine.Reconciliation rec = fit.engine().reconcile(deep);
    List<LinkMetrics.IdPair> predicted = rec.links().stream().map(l -> new LinkMetrics.IdPair(l.left(), l.right())).toList();
    List<LinkMetrics.IdPair> gold = d.allMatches().stream().map(p -> new LinkMetrics.IdPair(p.left(), p.right())).toList();
    LinkMetrics m = LinkMetrics.of(predicted, gold);
    Map<String, Double> out = quality(m.precision(), m.recall(), m.f1(), rec.threshold());
    out.put("links", (double) rec.links().size());
    out.put("gold", (double) m.gold());
    Map<String, Set<String>> goldByLeft = new HashMap<>();
    for (LabelledPair p : d.allMatches()) goldByLeft.computeIfAbsent(p.left(), x -> new HashSet<>()).add(p.right());
    out.put("blocking_recall@10", BlockingRecall.of(deep, goldByLeft, 10));
    out.put("blocking_recall@50", BlockingRecall.of(deep, goldByLeft, 50));
    fit.putTimes(out);
    return out;
  }

  /** An engine and how long its fitting took, in wall and process CPU seconds. */
  private record TimedFit(MatchEngine engine, double seconds, double cpuSeconds) {
    static TimedFit of(EngineConfig cfg, Corpus reference, Corpus queries, Progress progress) {
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      MatchEngine engine = MatchEngine.fit(cfg, reference, queries, new FitContext(progress, 42));
      return new TimedFit(engine, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
    }

    void putTimes(Map<String, Double> out) {
      out.put("fit_seconds", seconds);
      out.put("fit_cpu_seconds", cpuSeconds);
    }
  }

  /** The link-quality columns every linking protocol reports, in the report's order. */
  private static Map<String, Double> quality(double precision, double recall, double f1, double threshold) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("P", precision);
    out.put("R", recall);
    out.put("F1", f1);
    out.put("threshold", threshold);
    return out;
  }

  private static Map<String, Double> quality(BooksMetrics m, double threshold) {
    Map<String, Double> out = quality(m.precision(), m.recall(), m.f1(), threshold);
    out.put("top1", m.top1Accuracy());
    return out;
  }

  /** The scorer name of the supervised protocol's rows. */
  static final String SUPERVISED = "concord-supervised";

  /**
   * Supervised record linkage (DeepMatcher, Ditto): fit on train, choose the threshold on valid, report precision,
   * recall and F1 over the test pairs only.
   */
  static Map<String, Double> erSupervised(ErDataset d, Progress progress) {
    if (!d.hasSplits()) throw new IllegalArgumentException(d.name() + ": the supervised protocol needs train/valid/test.csv");
    progress.start("supervised fit", 1);
    long start = System.nanoTime();
    SupervisedMatcher m = SupervisedMatcher.fit(d.left(), d.right(), pairs(d.train()), pairs(d.valid()), 42);
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    progress.done();
    List<LabelledIdPair> test = pairs(d.test());
    boolean[] decided = m.decide(test);
    List<LinkMetrics.IdPair> predicted = new java.util.ArrayList<>();
    for (int i = 0; i < decided.length; i++) if (decided[i]) predicted.add(new LinkMetrics.IdPair(test.get(i).left(), test.get(i).right()));
    List<LinkMetrics.IdPair> gold = test.stream().filter(LabelledIdPair::match).map(p -> new LinkMetrics.IdPair(p.left(), p.right())).toList();
    LinkMetrics lm = LinkMetrics.of(predicted, gold);
    Map<String, Double> out = quality(lm.precision(), lm.recall(), lm.f1(), m.threshold());
    out.put("train_seconds", trainSeconds);
    out.put("test_pairs", (double) test.size());
    return out;
  }

  private static List<LabelledIdPair> pairs(List<LabelledPair> ps) {
    return ps.stream().map(p -> new LabelledIdPair(p.left(), p.right(), p.match())).toList();
  }

  /** Each claim with gold ranked over all rows/facts, k = 20. */
  static Map<String, Double> ranking(RankingDataset d, String scorer, Progress progress) {
    TimedFit fit = TimedFit.of(EngineConfig.DEFAULT.withScorer(scorer).withMode(MatchMode.TOP_K).withK(20),
        d.targets(), d.queries(), progress);
    List<Item> withGold = d.queries().items().stream().filter(i -> !d.gold().getOrDefault(i.id(), Set.of()).isEmpty()).toList();
    // one ranking at the blocking depth serves every cut-off metric: each looks at its own top k only
    List<Ranking> rankings = fit.engine().rankAll(withGold, BLOCKING_DEPTH, progress);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("MRR@1", RankingMetrics.mrr(rankings, d.gold(), 1));
    out.put("MRR@5", RankingMetrics.mrr(rankings, d.gold(), 5));
    out.put("Hits@1", RankingMetrics.hits(rankings, d.gold(), 1));
    out.put("Hits@5", RankingMetrics.hits(rankings, d.gold(), 5));
    out.put("Hits@20", RankingMetrics.hits(rankings, d.gold(), 20));
    out.put("MAP@5", RankingMetrics.map(rankings, d.gold(), 5));
    out.put("queries", (double) RankingMetrics.queriesWithGold(rankings, d.gold()));
    out.put("blocking_recall@10", BlockingRecall.of(rankings, d.gold(), 10));
    out.put("blocking_recall@50", BlockingRecall.of(rankings, d.gold(), 50));
    fit.putTimes(out);
    return out;
  }

  /** Each segment linked to its best catalogue book, rejected below the engine's threshold. */
  static Map<String, Double> books(BooksDataset d, String scorer, Progress progress) {
    TimedFit fit = TimedFit.of(EngineConfig.DEFAULT.withScorer(scorer).withMode(MatchMode.MANY_TO_ONE).withK(10)
        .withThreshold(OptionalDouble.empty()), d.catalogue(), d.segments(), progress);
    List<Ranking> deep = fit.engine().rankAll(d.segments().items(), BLOCKING_DEPTH, progress);
    MatchEngine.Reconciliation rec = fit.engine().reconcile(deep);
    Map<String, BooksMetrics.Book> top1 = new HashMap<>();
    for (Ranking r : rec.rankings()) {
      if (!r.isEmpty()) top1.put(r.queryId(), book(d.catalogue(), r.top()));
    }
    Map<String, BooksMetrics.Book> links = new HashMap<>();
    for (Link l : rec.links()) links.put(l.left(), book(d.catalogue(), new Candidate(l.right(), l.score())));
    Map<String, BooksMetrics.Gold> gold = booksGold(d.gold());
    Map<String, Double> out = quality(BooksMetrics.of(links, top1, gold), rec.threshold());
    Set<String> withBook = new HashSet<>();
    gold.forEach((id, g) -> {
      if (g.judged() && g.hasCatalogueBook()) withBook.add(id);
    });
    java.util.function.BiPredicate<String, Candidate> isGold = (seg, c) -> BooksMetrics.isCorrect(book(d.catalogue(), c), gold.get(seg));
    out.put("blocking_recall@10", BlockingRecall.of(deep, withBook, 10, isGold));
    out.put("blocking_recall@50", BlockingRecall.of(deep, withBook, 50, isGold));
    fit.putTimes(out);
    return out;
  }


  /** The books protocol for Concord's shelf matcher: per-spine lookups, then the method's shelf decisions. */
  static Map<String, Double> shelves(BooksDataset d, ShelfOptions options, Progress progress) {
    SpineLookup lookup = SpineLookup.build(Catalogue.of(d.catalogue()), progress);
    ShelfResult result = new ShelfMatcher(lookup, options).match(d.segments(), progress);
    Map<String, BooksMetrics.Book> top1 = new HashMap<>();
    Map<String, BooksMetrics.Book> links = new HashMap<>();
    for (SpineDecision s : result.decisions()) {
      s.best().ifPresent(b -> top1.put(s.spineId(), new BooksMetrics.Book(b.book().title(), b.book().author())));
      s.link().ifPresent(b -> links.put(s.spineId(), new BooksMetrics.Book(b.book().title(), b.book().author())));
    }
    return quality(BooksMetrics.of(links, top1, booksGold(d.gold())), result.threshold());
  }

  static long processCpuNanos() {
    return dev.concord.api.bench.ProcessCpu.nanos();
  }


  /** The books gold in the metric's terms: a merged segment holds several books and is not judged. */
  public static Map<String, BooksMetrics.Gold> booksGold(Map<String, SpineGold> gold) {
    Map<String, BooksMetrics.Gold> out = new LinkedHashMap<>();
    gold.forEach((id, g) -> out.put(id, new BooksMetrics.Gold(g.title(), g.author(), g.hasCatalogueBook(), !g.mergedBooks())));
    return out;
  }

  static BooksMetrics.Book book(Corpus catalogue, Candidate c) {
    Item row = catalogue.byId(c.id()).orElseThrow();
    return new BooksMetrics.Book(row.field("title"), row.field("author"));
  }
}
