package dev.concord.matcher.lexical;

import dev.concord.core.Candidate;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.TopK;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fitted lexical scorer: two TF-IDF indexes (words, character 3-grams) over the reference items. */
final class LexicalIndex implements FittedScorer {
  private static final float WORD_WEIGHT = 0.5f;
  private static final float CHAR_WEIGHT = 0.5f;

  private final TextAnalyzer analyzer;
  private final TfIdfIndex words = new TfIdfIndex();
  private final TfIdfIndex chars = new TfIdfIndex();
  private final List<String> ids;
  private final List<Set<String>> wordSets;
  private final ThreadLocal<MaxScoreSearch.Scratch> scratch = ThreadLocal.withInitial(MaxScoreSearch.Scratch::new);

  LexicalIndex(TextAnalyzer analyzer, int expected) {
    this.analyzer = analyzer;
    this.ids = new ArrayList<>(expected);
    this.wordSets = new ArrayList<>(expected);
  }

  void add(Item item) {
    String content = item.content();
    List<String> w = analyzer.words(content);
    words.add(w);
    chars.add(analyzer.charNgrams(content));
    ids.add(item.id());
    wordSets.add(new HashSet<>(w));
  }

  void freeze() {
    words.freeze();
    chars.freeze();
  }

  @Override
  public synchronized void addReference(Item item) {
    add(item);
  }

  @Override
  public String method() { return LexicalScorer.NAME + "/tfidf-w1c3"; }

  @Override
  public Ranking rank(Item query, int k) {
    return rank(query, k, Double.NEGATIVE_INFINITY);
  }

  @Override
  public Ranking rank(Item query, int k, double minScore) {
    Query q = query(query);
    MaxScoreSearch.Scratch s = scratch.get();
    s.ensure(ids.size());
    List<MaxScoreSearch.Clause> clauses = List.of(new MaxScoreSearch.Clause(words, q.words(), WORD_WEIGHT),
        new MaxScoreSearch.Clause(chars, q.chars(), CHAR_WEIGHT));
    return ranking(query, q, MaxScoreSearch.topK(clauses, k, minScore, 1.0, d -> score(q, d), s), minScore);
  }

  /** Every posting of every query term: the search {@link #rank} must agree with, kept to test it against. */
  Ranking rankExhaustive(Item query, int k) {
    Query q = query(query);
    float[] acc = new float[ids.size()];
    float[] charAcc = new float[ids.size()];
    boolean[] seen = new boolean[ids.size()];
    IntArrayList touched = new IntArrayList();
    words.accumulate(q.words(), acc, seen, touched);
    chars.accumulate(q.chars(), charAcc, seen, touched);
    TopK top = new TopK(k);
    for (int i = 0; i < touched.size(); i++) {
      int d = touched.getInt(i);
      top.offer(d, Math.min(1.0, WORD_WEIGHT * acc[d] + CHAR_WEIGHT * charAcc[d]));
    }
    return ranking(query, q, top, Double.NEGATIVE_INFINITY);
  }

  private Query query(Item item) {
    String content = item.content();
    List<String> qWords = analyzer.words(content);
    return new Query(qWords, words.vector(qWords, 1f), chars.vector(analyzer.charNgrams(content), 1f));
  }

  private double score(Query q, int doc) {
    float score = WORD_WEIGHT * words.score(q.words(), doc) + CHAR_WEIGHT * chars.score(q.chars(), doc);
    return Math.min(1.0, score);
  }

  private Ranking ranking(Item query, Query q, TopK top, double minScore) {
    int[] best = top.indicesDescending();
    double[] bestScores = top.scoresDescending();
    Set<String> qSet = new HashSet<>(q.terms());
    List<Candidate> out = new ArrayList<>(best.length);
    for (int r = 0; r < best.length && bestScores[r] >= minScore; r++) {
      int d = best[r];
      float wordCos = words.score(q.words(), d);
      float charCos = chars.score(q.chars(), d);
      out.add(new Candidate(ids.get(d), bestScores[r], explain(qSet, d, wordCos, charCos)));
    }
    return new Ranking(query.id(), out);
  }

  private record Query(List<String> terms, QueryVector words, QueryVector chars) {}

  private Explanation explain(Set<String> qWords, int doc, float wordCos, float charCos) {
    Map<String, Double> features = new LinkedHashMap<>();
    features.put("tfidf_words", (double) wordCos);
    features.put("tfidf_char3", (double) charCos);
    Map<String, Double> contributions = new LinkedHashMap<>();
    contributions.put("tfidf_words", (double) (WORD_WEIGHT * wordCos));
    contributions.put("tfidf_char3", (double) (CHAR_WEIGHT * charCos));
    List<String> shared = new ArrayList<>();
    for (String w : qWords) if (wordSets.get(doc).contains(w)) shared.add(w);
    shared.sort(null);
    return new Explanation(features, contributions, shared);
  }
}
