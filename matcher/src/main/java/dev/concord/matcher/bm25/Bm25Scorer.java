package dev.concord.matcher.bm25;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import dev.concord.core.Ranking;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.Scorer;
import dev.concord.matcher.TopK;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 (Robertson &amp; Zaragoza, 2009) over word tokens with the usual defaults k1 = 1.2, b = 0.75 and
 * idf = ln(1 + (N - df + 0.5) / (df + 0.5)): the plain text-retrieval baseline the Text2Token scorer is
 * compared with. A score is divided by the query's ceiling (the sum over its words of idf * (k1 + 1)), so it
 * lies in [0, 1]. Document statistics are fixed at fit time; references added later reuse them.
 */
public final class Bm25Scorer implements Scorer {
  public static final String NAME = "bm25";

  @Override
  public String name() { return NAME; }

  @Override
  public FittedScorer fit(Corpus reference, Corpus queries, FitContext context) {
    Index index = new Index(new TextAnalyzer());
    for (Item i : reference) index.add(i);
    index.freeze();
    return index;
  }

  static String textOf(Item item) {
    return item.kind() == ItemKind.ROW ? item.content() : item.text();
  }

  private static final class Index implements FittedScorer {
    private final TextAnalyzer analyzer;
    private final Object2IntOpenHashMap<String> termIds = new Object2IntOpenHashMap<>();
    private final List<IntArrayList> postingDocs = new ArrayList<>();
    private final List<IntArrayList> postingTf = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final IntArrayList lengths = new IntArrayList();
    private double avgLength = 1;
    private int frozenDocs;

    Index(TextAnalyzer analyzer) {
      this.analyzer = analyzer;
      termIds.defaultReturnValue(-1);
    }

    void add(Item item) {
      List<String> words = analyzer.words(textOf(item));
      Object2IntOpenHashMap<String> tf = new Object2IntOpenHashMap<>();
      for (String w : words) tf.addTo(w, 1);
      int doc = ids.size();
      ids.add(item.id());
      lengths.add(words.size());
      for (var e : tf.object2IntEntrySet()) {
        int t = termIds.getInt(e.getKey());
        if (t < 0) {
          t = termIds.size();
          termIds.put(e.getKey(), t);
          postingDocs.add(new IntArrayList());
          postingTf.add(new IntArrayList());
        }
        postingDocs.get(t).add(doc);
        postingTf.get(t).add(e.getIntValue());
      }
    }

    void freeze() {
      frozenDocs = ids.size();
      long total = 0;
      for (int i = 0; i < lengths.size(); i++) total += lengths.getInt(i);
      avgLength = Math.max(1, total / (double) Math.max(1, frozenDocs));
    }

    private double idf(int df) {
      return Math.log(1 + (frozenDocs - df + 0.5) / (df + 0.5));
    }

    @Override
    public synchronized void addReference(Item item) {
      add(item);
    }

    @Override
    public String method() { return NAME + "/k1=1.2,b=0.75"; }

    @Override
    public Ranking rank(Item query, int k) {
      List<String> words = new ArrayList<>(new HashSet<>(analyzer.words(textOf(query))));
      words.sort(null);
      double[] acc = new double[ids.size()];
      IntArrayList touched = new IntArrayList();
      double ceiling = 0;
      for (String w : words) {
        int t = termIds.getInt(w);
        if (t < 0) {
          ceiling += Bm25Weight.ceiling(idf(0));
          continue;
        }
        IntArrayList docs = postingDocs.get(t);
        IntArrayList tfs = postingTf.get(t);
        double idf = idf(docs.size());
        ceiling += Bm25Weight.ceiling(idf);
        for (int p = 0; p < docs.size(); p++) {
          int d = docs.getInt(p);
          double tf = tfs.getInt(p);
          if (acc[d] == 0) touched.add(d);
          acc[d] += Bm25Weight.of(idf, tf, lengths.getInt(d), avgLength);
        }
      }
      TopK top = new TopK(k);
      for (int i = 0; i < touched.size(); i++) {
        int d = touched.getInt(i);
        top.offer(d, ceiling > 0 ? Math.min(1, acc[d] / ceiling) : 0);
      }
      int[] best = top.indicesDescending();
      double[] scores = top.scoresDescending();
      List<Candidate> out = new ArrayList<>(best.length);
      for (int r = 0; r < best.length; r++) {
        out.add(new Candidate(ids.get(best[r]), scores[r], new Explanation(Map.of("bm25", acc[best[r]]),
            Map.of("bm25", scores[r]), List.of())));
      }
      return new Ranking(query.id(), out);
    }
  }
}
