package dev.concord.books.spine;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Collection;

/**
 * Inverse document frequency of words over catalogue records, so that a rare surname found on a spine counts
 * more than an article. Words never seen in the catalogue get the weight of a word seen once.
 */
public final class WordWeights {
  private final Object2IntOpenHashMap<String> documentFrequency = new Object2IntOpenHashMap<>();
  private int documents;

  /** Counts one record's distinct words. Not thread-safe; finish adding before weighing. */
  public void add(Collection<String> distinctWords) {
    documents++;
    for (String w : distinctWords) documentFrequency.addTo(w, 1);
  }

  public double idf(String word) {
    int df = Math.max(1, documentFrequency.getInt(word));
    return Math.log((documents + 1.0) / df);
  }

  public boolean known(String word) {
    return documentFrequency.getInt(word) > 0;
  }
}
