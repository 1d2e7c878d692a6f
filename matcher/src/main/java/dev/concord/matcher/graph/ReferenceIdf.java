package dev.concord.matcher.graph;

import dev.concord.embeddings.graph.TokenAlignment;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Inverse document frequency of the alignment's tokens over the reference items only, the collection being ranked,
 * as in IR weighting since Spärck Jones (1972) and BM25: idf(t) = ln(1 + N / max(1, df(t))). The graph's own idf
 * counts the queries too, and where queries outnumber references (corona: 7,058 claims, 1,158 rows, the claims
 * worded alike) it measures how common a word is among claims, not how far it narrows the rows. A token no
 * reference holds gets df 1 (add-one), the highest weight: it can still earn soft credit through its vector.
 * Tokens are counted by inflection class, as the alignment compares them. Grows with {@link #add}, so references added later (the stream, REST) count too.
 */
final class ReferenceIdf {
  private int[] df;
  private int references;

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
  }

  /** The query's tokens weighted by their idf among the references added so far. */
  TokenAlignment.Bag weigh(TokenAlignment.Bag query) {
    float[] w = new float[query.size()];
    int n = references;
    for (int i = 0; i < w.length; i++) w[i] = (float) Math.log(1.0 + (double) n / Math.max(1, df[classOf.applyAsInt(query.ids()[i])]));
    return query.reweighted(w);
  }

  @Override
  public String toString() {
    return "ReferenceIdf[" + references + " references, " + Arrays.stream(df).filter(x -> x > 0).count() + " token classes held]";
  }
}
