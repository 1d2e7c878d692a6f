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
import java.util.Arrays;
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
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

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
    String content = query.content();
    List<String> qWords = analyzer.words(content);
    Scratch s = scratch.get();
    s.ensure(ids.size());
    float[] wordAcc = s.wordAcc;
    float[] charAcc = s.charAcc;
    IntArrayList touched = s.touched;
    words.accumulate(qWords, 1f, wordAcc, s.seen, touched);
    chars.accumulate(analyzer.charNgrams(content), 1f, charAcc, s.seen, touched);
    TopK top = new TopK(k);
    for (int i = 0; i < touched.size(); i++) {
      int d = touched.getInt(i);
      float score = WORD_WEIGHT * wordAcc[d] + CHAR_WEIGHT * charAcc[d];
      top.offer(d, Math.min(1.0, score));
    }
    int[] best = top.indicesDescending();
    double[] bestScores = top.scoresDescending();
    Set<String> qSet = new HashSet<>(qWords);
    List<Candidate> out = new ArrayList<>(best.length);
    for (int r = 0; r < best.length; r++) {
      int d = best[r];
      out.add(new Candidate(ids.get(d), bestScores[r], explain(qSet, d, wordAcc[d], charAcc[d])));
    }
    s.reset();
    return new Ranking(query.id(), out);
  }

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

  /** Per-thread accumulators, cleared after each query by walking the touched list. */
  private static final class Scratch {
    float[] wordAcc = new float[0];
    float[] charAcc = new float[0];
    boolean[] seen = new boolean[0];
    final IntArrayList touched = new IntArrayList();

    void ensure(int n) {
      if (wordAcc.length < n) {
        int cap = Math.max(n, wordAcc.length * 2);
        wordAcc = Arrays.copyOf(wordAcc, cap);
        charAcc = Arrays.copyOf(charAcc, cap);
        seen = Arrays.copyOf(seen, cap);
      }
    }

    void reset() {
      for (int i = 0; i < touched.size(); i++) {
        int d = touched.getInt(i);
        wordAcc[d] = 0;
        charAcc[d] = 0;
        seen[d] = false;
      }
      touched.clear();
    }
  }
}
