package dev.concord.matcher.lexical;

import java.util.Arrays;

/**
 * A query's weighted terms in one {@link TfIdfIndex}, in the order its scores are summed, with a term-to-position
 * table over the index's vocabulary (so that a document's vector is matched in one pass) and scratch arrays for
 * the terms a document shares with it. One query, one thread: the table is the thread's, and the next query of
 * the thread on the same index takes it over.
 */
public final class QueryVector {
  private final int[] terms;
  private final float[] weights;
  private final Positions table;
  private final int generation;
  private final float[] parts;
  private final int[] shared;

  QueryVector(int[] terms, float[] weights, Positions table) {
    this.terms = terms;
    this.weights = weights;
    this.table = table;
    this.generation = table.generation;
    for (int j = 0; j < terms.length; j++) table.set(terms[j], j);
    this.parts = new float[terms.length];
    this.shared = new int[terms.length];
  }

  public int size() { return terms.length; }

  int term(int j) { return terms[j]; }

  float weight(int j) { return weights[j]; }

  /**
   * The thread's table: at {@code 2 * term} the stamp of the last query holding the term, at {@code 2 * term + 1}
   * its position in that query's vector. An entry counts only when its stamp is {@link #stamp()}.
   */
  int[] table() {
    if (table.generation != generation) throw new IllegalStateException("a later query of this thread took the table over");
    return table.entries;
  }

  int stamp() { return generation; }

  float[] parts() { return parts; }

  int[] shared() { return shared; }

  /** A thread's term-to-position table, never cleared: an entry counts only when stamped with the current query. */
  static final class Positions {
    // stamp and position side by side: one cache line per lookup
    private int[] entries = new int[0];
    private int generation;

    Positions claim(int vocabulary) {
      if (entries.length < 2 * vocabulary) entries = Arrays.copyOf(entries, 2 * Math.max(vocabulary, entries.length));
      if (++generation == 0) {
        Arrays.fill(entries, 0);
        generation = 1;
      }
      return this;
    }

    void set(int term, int pos) {
      entries[2 * term] = generation;
      entries[2 * term + 1] = pos;
    }
  }
}
