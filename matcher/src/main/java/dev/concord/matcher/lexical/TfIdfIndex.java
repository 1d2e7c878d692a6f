package dev.concord.matcher.lexical;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An inverted index of L2-normalised TF-IDF vectors (sublinear tf: 1 + ln tf; idf: ln((N+1)/(df+1)) + 1),
 * answering cosine similarity of a query against the documents that share a term with it.
 *
 * <p>IDF is fixed when {@link #freeze()} is called; documents added afterwards reuse it (new terms get the
 * idf of a term seen once), so that adding to a live index never changes the scores of earlier documents.
 *
 * <p>Postings are primitive arrays in document order, each with its largest weight (the bound that pruned
 * top-k search needs); every document also keeps its own vector, so that a candidate can be
 * scored exactly without scanning postings.
 */
public final class TfIdfIndex {
  private final Object2IntOpenHashMap<String> termIds = new Object2IntOpenHashMap<>();
  private final ThreadLocal<QueryVector.Positions> positions = ThreadLocal.withInitial(QueryVector.Positions::new);
  private final IntArrayList docFreq = new IntArrayList();
  private final List<Object2IntOpenHashMap<String>> pending = new ArrayList<>();
  private int[][] postingDocs = new int[0][];
  private float[][] postingWeights = new float[0][];
  private int[] postingLength = new int[0];
  private float[] maxWeight = new float[0];
  // every document's own vector, one after the other (document d at [vectorStart[d], vectorStart[d + 1]))
  private int[] vectorStart = new int[1];
  private int[] vectorTerms = new int[0];
  private float[] vectorWeights = new float[0];
  private float[] idf = new float[0];
  private int docs;
  private boolean frozen;

  public TfIdfIndex() {
    termIds.defaultReturnValue(-1);
  }

  public int size() { return docs; }

  /** Adds a document; returns its number (0, 1, ...). */
  public int add(List<String> terms) {
    Object2IntOpenHashMap<String> tf = termFrequencies(terms);
    int doc = docs++;
    if (!frozen) {
      for (String t : tf.keySet()) docFreq.set(termId(t), docFreq.getInt(termId(t)) + 1);
      pending.add(tf);
    } else {
      post(doc, tf);
    }
    return doc;
  }

  /** Fixes IDF from the documents added so far and builds their postings. */
  public void freeze() {
    if (frozen) return;
    frozen = true;
    idf = new float[termIds.size()];
    for (int t = 0; t < idf.length; t++) idf[t] = idfOf(docFreq.getInt(t));
    int terms = termIds.size();
    postingDocs = new int[terms][];
    postingWeights = new float[terms][];
    postingLength = new int[terms];
    maxWeight = new float[terms];
    for (int t = 0; t < terms; t++) {
      postingDocs[t] = new int[docFreq.getInt(t)];
      postingWeights[t] = new float[docFreq.getInt(t)];
    }
    long postings = 0;
    for (int t = 0; t < terms; t++) postings += docFreq.getInt(t);
    vectorStart = new int[pending.size() + 1];
    vectorTerms = new int[Math.toIntExact(postings)];
    vectorWeights = new float[vectorTerms.length];
    for (int d = 0; d < pending.size(); d++) post(d, pending.get(d));
    pending.clear();
  }

  private float idfOf(int df) {
    return (float) (Math.log((docs + 1.0) / (df + 1.0)) + 1.0);
  }

  private int termId(String t) {
    int id = termIds.getInt(t);
    if (id < 0) {
      id = termIds.size();
      termIds.put(t, id);
      docFreq.add(0);
    }
    return id;
  }

  private float idfOfTerm(int id) {
    return id < idf.length ? idf[id] : idfOf(1);
  }

  private void post(int doc, Object2IntOpenHashMap<String> tf) {
    int n = tf.size();
    int[] ids = new int[n];
    float[] w = new float[n];
    int i = 0;
    double norm = 0;
    for (Object2IntMap.Entry<String> e : tf.object2IntEntrySet()) {
      ids[i] = termId(e.getKey());
      w[i] = (float) ((1 + Math.log(e.getIntValue())) * idfOfTerm(ids[i]));
      norm += (double) w[i] * w[i];
      i++;
    }
    float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
    ensureTerms(termIds.size());
    for (int j = 0; j < n; j++) {
      w[j] *= inv;
      append(ids[j], doc, w[j]);
    }
    if (doc + 1 >= vectorStart.length) vectorStart = Arrays.copyOf(vectorStart, Math.max(doc + 2, vectorStart.length * 2));
    int from = vectorStart[doc];
    if (from + n > vectorTerms.length) {
      int cap = Math.max(from + n, vectorTerms.length + (vectorTerms.length >> 1));
      vectorTerms = Arrays.copyOf(vectorTerms, cap);
      vectorWeights = Arrays.copyOf(vectorWeights, cap);
    }
    System.arraycopy(ids, 0, vectorTerms, from, n);
    System.arraycopy(w, 0, vectorWeights, from, n);
    vectorStart[doc + 1] = from + n;
  }

  private void ensureTerms(int terms) {
    if (postingDocs.length >= terms) return;
    int cap = Math.max(terms, postingDocs.length * 2);
    int old = postingDocs.length;
    postingDocs = Arrays.copyOf(postingDocs, cap);
    postingWeights = Arrays.copyOf(postingWeights, cap);
    postingLength = Arrays.copyOf(postingLength, cap);
    maxWeight = Arrays.copyOf(maxWeight, cap);
    for (int t = old; t < cap; t++) {
      postingDocs[t] = new int[2];
      postingWeights[t] = new float[2];
    }
  }

  private void append(int term, int doc, float weight) {
    int len = postingLength[term];
    if (len == postingDocs[term].length) {
      int cap = Math.max(2, len + (len >> 1) + 1);
      postingDocs[term] = Arrays.copyOf(postingDocs[term], cap);
      postingWeights[term] = Arrays.copyOf(postingWeights[term], cap);
    }
    postingDocs[term][len] = doc;
    postingWeights[term][len] = weight;
    postingLength[term] = len + 1;
    if (weight > maxWeight[term]) maxWeight[term] = weight;
  }

  private static Object2IntOpenHashMap<String> termFrequencies(List<String> terms) {
    Object2IntOpenHashMap<String> tf = new Object2IntOpenHashMap<>(terms.size());
    for (String t : terms) tf.addTo(t, 1);
    return tf;
  }

  /**
   * The query's L2-normalised TF-IDF vector times {@code weight}, over the terms the index knows, in a fixed
   * order: every score of this index sums the per-term products in that order, so that pruned and exhaustive
   * search give bit-identical scores. Unknown terms still count in the norm, so a query mostly made of unknown
   * words scores low. Empty when the query has no terms.
   */
  public QueryVector vector(List<String> queryTerms, float weight) {
    if (!frozen) throw new IllegalStateException("freeze() the index before querying it");
    Object2IntOpenHashMap<String> tf = termFrequencies(queryTerms);
    int n = tf.size();
    int[] ids = new int[n];
    float[] w = new float[n];
    int m = 0;
    double norm = 0;
    for (Object2IntMap.Entry<String> e : tf.object2IntEntrySet()) {
      int id = termIds.getInt(e.getKey());
      float wt = (float) ((1 + Math.log(e.getIntValue())) * (id >= 0 ? idfOfTerm(id) : idfOf(0)));
      norm += (double) wt * wt;
      if (id >= 0) {
        ids[m] = id;
        w[m] = wt;
        m++;
      }
    }
    if (norm == 0) m = 0;
    float inv = norm == 0 ? 0f : (float) (weight / Math.sqrt(norm));
    for (int j = 0; j < m; j++) w[j] *= inv;
    return new QueryVector(Arrays.copyOf(ids, m), Arrays.copyOf(w, m), positions.get().claim(termIds.size()));
  }

  /**
   * Adds {@code cosine(query, doc)} (scaled as the vector is) into {@code acc[doc]} for every doc sharing a term
   * with the query, recording first-touched docs in {@code touched}: the exhaustive search, every posting of every
   * query term.
   */
  public void accumulate(QueryVector q, float[] acc, boolean[] seen, IntArrayList touched) {
    for (int j = 0; j < q.size(); j++) {
      int t = q.term(j);
      float qw = q.weight(j);
      int[] da = postingDocs[t];
      float[] wa = postingWeights[t];
      for (int p = 0, len = postingLength[t]; p < len; p++) {
        int d = da[p];
        if (!seen[d]) {
          seen[d] = true;
          touched.add(d);
        }
        acc[d] += qw * wa[p];
      }
    }
  }

  /**
   * The same sum {@link #accumulate} builds for {@code doc}: the products of the terms the query and the document
   * share, added in the vector's order.
   */
  public float score(QueryVector q, int doc) {
    int[] table = q.table();
    int stamp = q.stamp();
    int[] shared = q.shared();
    float[] parts = q.parts();
    int n = 0;
    for (int j = vectorStart[doc], end = vectorStart[doc + 1]; j < end; j++) {
      int t = vectorTerms[j] << 1;
      if (t >= table.length || table[t] != stamp) continue;
      int p = table[t + 1];
      // insertion by vector position: the shared terms are few
      int x = n++;
      while (x > 0 && shared[x - 1] > p) {
        shared[x] = shared[x - 1];
        parts[x] = parts[x - 1];
        x--;
      }
      shared[x] = p;
      parts[x] = q.weight(p) * vectorWeights[j];
    }
    float acc = 0f;
    for (int x = 0; x < n; x++) acc += parts[x];
    return acc;
  }

  int[] postingDocs(int term) { return postingDocs[term]; }

  float[] postingWeights(int term) { return postingWeights[term]; }

  int postingLength(int term) { return postingLength[term]; }

  /** The largest weight any document has for the term: an upper bound of its per-document contribution. */
  float maxWeight(int term) { return maxWeight[term]; }

  /** Number of documents containing the term (0 when unknown). */
  public int documentFrequency(String term) {
    int id = termIds.getInt(term);
    return id < 0 ? 0 : docFreq.getInt(id);
  }
}
