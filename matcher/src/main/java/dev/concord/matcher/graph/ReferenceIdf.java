package dev.concord.matcher.graph;

import dev.concord.embeddings.graph.TokenAlignment;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Inverse document frequency of the alignment's tokens over the reference items only, the collection being ranked,
 * as in IR weighting since Spärck Jones (1972) and BM25: idf(t) = ln(1 + N / max(1, df(t))). The graph's own idf
 * counts the queries too, and where queries outnumber references (corona: 7,058 claims, 1,158 rows, the claims
 * worded alike) it measures how common a word is among claims, not how far it narrows the rows. A token no
 * reference holds gets df 1 (add-one), the highest weight: it can still earn soft credit through its vector.
 * Tokens are counted by inflection class, as the alignment compares them.
 *
 * <p>A word n-gram (a token of two or more words) that a reference holds weighs only the part of its idf its words
 * do not already carry, max(0, idf(g) - sum over its words w of idf(w)). Where the n-gram matches, its words match
 * too, so its full idf would count them twice; under independence idf(g) would be about the sum of its words',
 * and the difference is minus the pointwise mutual information of the words (Church and Hanks, "Word association
 * norms, mutual information, and lexicography", 1990): a collocation ({@code hillary clinton}) adds nothing beyond
 * its words, a rarer-than-chance phrase ({@code march 5}) adds the surprise. A word without a vector (not in the
 * query's bag) counts 0. An n-gram no reference holds keeps its idf: it can only earn soft credit, through its own
 * vector, which its words' vectors do not give.
 *
 * <p>Grows with {@link #add}, so references added later (the stream, REST) count too.
 */
final class ReferenceIdf {
  private int[] df;
  private int references;
  private long length;

  private final IntUnaryOperator classOf;

  /**
   * @param classOf the class a token id counts under (its inflection class, {@link TokenAlignment#inflectionClass}):
   *                a reference holding {@code voting} holds the claim's {@code voted}; classes run below
   *                {@code vocabularySize}
   */
  ReferenceIdf(int vocabularySize, IntUnaryOperator classOf) {
    this.df = new int[vocabularySize];
    this.classOf = classOf;
  }

  void add(TokenAlignment.Bag reference) {
    int[] d = df;
    IntOpenHashSet held = new IntOpenHashSet(reference.size());
    for (int id : reference.ids()) if (held.add(classOf.applyAsInt(id))) d[classOf.applyAsInt(id)]++;
    references++;
    length += reference.length();
  }

  /** The references' mean {@link TokenAlignment.Bag#length()} (BM25's average document length); 0 before any. */
  double meanLength() {
    return references == 0 ? 0 : (double) length / references;
  }

  /**
   * The query's tokens weighted by their idf among the references added so far, held n-grams by the part of their
   * idf their words do not carry.
   */
  TokenAlignment.Bag weigh(TokenAlignment.Bag query) {
    float[] idf = new float[query.size()];
    int n = references;
    Map<String, Float> wordIdf = new HashMap<>();
    for (int i = 0; i < idf.length; i++) {
      idf[i] = (float) Math.log(1.0 + (double) n / Math.max(1, df[classOf.applyAsInt(query.ids()[i])]));
      String t = query.tokens().get(i);
      if (t.indexOf(' ') < 0) wordIdf.put(t, idf[i]);
    }
    float[] w = idf.clone();
    for (int i = 0; i < w.length; i++) {
      String t = query.tokens().get(i);
      if (t.indexOf(' ') < 0 || df[classOf.applyAsInt(query.ids()[i])] == 0) continue;
      float words = 0;
      for (String word : t.split(" ")) words += wordIdf.getOrDefault(word, 0f);
      w[i] = Math.max(0f, idf[i] - words);
    }
    return query.reweighted(w);
  }

  @Override
  public String toString() {
    return "ReferenceIdf[" + references + " references, " + Arrays.stream(df).filter(x -> x > 0).count() + " token classes held]";
  }
}
