package dev.concord.embeddings.text2token;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The output vocabulary of a Text2Token model: the tokens it predicts, with their inverse document frequency.
 * Tokens seen in both corpora come first (they are the ones that can link a query to a reference), then the
 * most frequent of the rest; tokens seen once, and tokens in more than half of all texts (boilerplate), are left out.
 */
public final class Vocabulary {
  private final String[] tokens;
  private final float[] idf;
  private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();

  Vocabulary(String[] tokens, float[] idf) {
    if (tokens.length != idf.length) throw new IllegalArgumentException("tokens and idf differ in length");
    this.tokens = tokens;
    this.idf = idf;
    ids.defaultReturnValue(-1);
    for (int i = 0; i < tokens.length; i++) {
      if (ids.put(tokens[i], i) != -1) throw new IllegalArgumentException("duplicate token '" + tokens[i] + "'");
    }
  }

  /** Builds the vocabulary from the word lists of two corpora. */
  static Vocabulary build(List<List<String>> first, List<List<String>> second, int maxSize) {
    Object2IntOpenHashMap<String> df = new Object2IntOpenHashMap<>();
    Set<String> inFirst = new HashSet<>();
    Set<String> inSecond = new HashSet<>();
    for (List<String> doc : first) for (String w : new HashSet<>(doc)) { df.addTo(w, 1); inFirst.add(w); }
    for (List<String> doc : second) for (String w : new HashSet<>(doc)) { df.addTo(w, 1); inSecond.add(w); }
    int n = first.size() + second.size();
    List<String> kept = new ArrayList<>();
    for (var e : df.object2IntEntrySet()) {
      if (e.getIntValue() >= 2 && e.getIntValue() <= n / 2) kept.add(e.getKey());
    }
    kept.sort(Comparator.comparing((String w) -> !(inFirst.contains(w) && inSecond.contains(w)))
        .thenComparing(w -> -df.getInt(w)).thenComparing(w -> w));
    List<String> top = kept.subList(0, Math.min(maxSize, kept.size()));
    String[] t = top.toArray(new String[0]);
    float[] idf = new float[t.length];
    for (int i = 0; i < t.length; i++) idf[i] = (float) (Math.log((n + 1.0) / (df.getInt(t[i]) + 1.0)) + 1);
    return new Vocabulary(t, idf);
  }

  public int size() { return tokens.length; }

  public String token(int id) { return tokens[id]; }

  /** The token's id, or -1 when it is not in the vocabulary. */
  public int id(String token) { return ids.getInt(token); }

  public float idf(int id) { return idf[id]; }

  String[] tokens() { return tokens; }

  float[] idfs() { return idf; }
}
