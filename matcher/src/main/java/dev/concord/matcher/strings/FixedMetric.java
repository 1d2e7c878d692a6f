package dev.concord.matcher.strings;

import dev.concord.core.Explanation;
import dev.concord.core.text.AnalyzerOptions;
import dev.concord.core.text.TextAnalyzer;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** The fixed string metrics a learned similarity replaces, each usable as a {@link PairSimilarity}. */
public enum FixedMetric {
  /** Jaro-Winkler (Winkler, 1990) of the normalised strings, from Apache Commons Text. */
  JARO_WINKLER("jaro-winkler"),
  /** |A ∩ B| / |A ∪ B| of the two word sets. */
  TOKEN_JACCARD("token-jaccard"),
  /** Cosine of word TF-IDF vectors (sublinear tf, smoothed idf over both sources' strings). */
  TFIDF_COSINE("tfidf-cosine");

  private static final TextAnalyzer WORDS = new TextAnalyzer(new AnalyzerOptions(true, false, 1, 3));
  private final String label;

  FixedMetric(String label) {
    this.label = label;
  }

  public String label() { return label; }

  PairSimilarity fit(List<String> strings) {
    return switch (this) {
      case JARO_WINKLER -> new Single(label, (a, b) -> new JaroWinklerSimilarity().apply(WORDS.normalize(a), WORDS.normalize(b)));
      case TOKEN_JACCARD -> new Single(label, FixedMetric::jaccard);
      case TFIDF_COSINE -> new TfIdfCosine(strings);
    };
  }

  static double jaccard(String a, String b) {
    Set<String> x = new HashSet<>(WORDS.words(a));
    Set<String> y = new HashSet<>(WORDS.words(b));
    if (x.isEmpty() && y.isEmpty()) return 0;
    int inter = 0;
    for (String w : x) if (y.contains(w)) inter++;
    return inter / (double) (x.size() + y.size() - inter);
  }

  private interface Metric {
    double apply(String a, String b);
  }

  private record Single(String label, Metric metric) implements PairSimilarity {
    @Override
    public double score(String query, String reference) { return metric.apply(query, reference); }

    @Override
    public Explanation explain(String query, String reference, double score) {
      return new Explanation(Map.of(label, score), Map.of(label, score), List.of());
    }
  }

  /** IDF fixed at fit time from every string given; unseen words get the idf of a word seen once. */
  private static final class TfIdfCosine implements PairSimilarity {
    private final Map<String, Double> idf = new HashMap<>();
    private final double unseen;

    TfIdfCosine(List<String> strings) {
      Object2IntOpenHashMap<String> df = new Object2IntOpenHashMap<>();
      for (String s : strings) for (String w : new HashSet<>(WORDS.words(s))) df.addTo(w, 1);
      int n = strings.size();
      df.forEach((w, d) -> idf.put(w, Math.log((n + 1.0) / (d + 1.0)) + 1));
      unseen = Math.log((n + 1.0) / 2.0) + 1;
    }

    private Map<String, Double> vector(String s) {
      Object2IntOpenHashMap<String> tf = new Object2IntOpenHashMap<>();
      for (String w : WORDS.words(s)) tf.addTo(w, 1);
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (var e : tf.object2IntEntrySet()) {
        double x = (1 + Math.log(e.getIntValue())) * idf.getOrDefault(e.getKey(), unseen);
        v.put(e.getKey(), x);
        norm += x * x;
      }
      double inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      v.replaceAll((k, x) -> x * inv);
      return v;
    }

    @Override
    public double score(String query, String reference) {
      Map<String, Double> q = vector(query);
      Map<String, Double> r = vector(reference);
      double s = 0;
      for (var e : q.entrySet()) s += e.getValue() * r.getOrDefault(e.getKey(), 0.0);
      return s;
    }

    @Override
    public Explanation explain(String query, String reference, double score) {
      return new Explanation(Map.of("tfidf-cosine", score), Map.of("tfidf-cosine", score), List.of());
    }
  }
}
