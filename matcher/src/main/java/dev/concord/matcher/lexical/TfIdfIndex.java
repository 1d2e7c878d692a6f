package dev.concord.matcher.lexical;

import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * An inverted index of L2-normalised TF-IDF vectors (sublinear tf: 1 + ln tf; idf: ln((N+1)/(df+1)) + 1),
 * answering cosine similarity of a query against every document that shares a term with it.
 *
 * <p>IDF is fixed when {@link #freeze()} is called; documents added afterwards reuse it (new terms get the
 * idf of a term seen once), so that adding to a live index never changes the scores of earlier documents.
 */
public final class TfIdfIndex {
  private final Object2IntOpenHashMap<String> termIds = new Object2IntOpenHashMap<>();
  private final List<IntArrayList> postingDocs = new ArrayList<>();
  private final List<FloatArrayList> postingWeights = new ArrayList<>();
  private final IntArrayList docFreq = new IntArrayList();
  private final List<Object2IntOpenHashMap<String>> pending = new ArrayList<>();
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
      postingDocs.add(new IntArrayList(2));
      postingWeights.add(new FloatArrayList(2));
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
    for (int j = 0; j < n; j++) {
      postingDocs.get(ids[j]).add(doc);
      postingWeights.get(ids[j]).add(w[j] * inv);
    }
  }

  private static Object2IntOpenHashMap<String> termFrequencies(List<String> terms) {
    Object2IntOpenHashMap<String> tf = new Object2IntOpenHashMap<>(terms.size());
    for (String t : terms) tf.addTo(t, 1);
    return tf;
  }

  /**
   * Adds {@code weight * cosine(query, doc)} into {@code acc[doc]} for every doc sharing a term with the query,
   * recording first-touched docs in {@code touched}. Terms unknown to the index are ignored.
   */
  public void accumulate(List<String> queryTerms, float weight, float[] acc, boolean[] seen, IntArrayList touched) {
    if (!frozen) throw new IllegalStateException("freeze() the index before querying it");
    Object2IntOpenHashMap<String> tf = termFrequencies(queryTerms);
    int n = tf.size();
    int[] ids = new int[n];
    float[] w = new float[n];
    int m = 0;
    double norm = 0;
    for (Object2IntMap.Entry<String> e : tf.object2IntEntrySet()) {
      int id = termIds.getInt(e.getKey());
      // unknown terms still count in the query's norm, so a query mostly made of unknown words scores low
      float wt = (float) ((1 + Math.log(e.getIntValue())) * (id >= 0 ? idfOfTerm(id) : idfOf(0)));
      norm += (double) wt * wt;
      if (id >= 0) {
        ids[m] = id;
        w[m] = wt;
        m++;
      }
    }
    if (norm == 0) return;
    float inv = (float) (weight / Math.sqrt(norm));
    for (int j = 0; j < m; j++) {
      IntArrayList docsOf = postingDocs.get(ids[j]);
      FloatArrayList wOf = postingWeights.get(ids[j]);
      float qw = w[j] * inv;
      int[] da = docsOf.elements();
      float[] wa = wOf.elements();
      for (int p = 0, len = docsOf.size(); p < len; p++) {
        int d = da[p];
        if (!seen[d]) {
          seen[d] = true;
          touched.add(d);
        }
        acc[d] += qw * wa[p];
      }
    }
  }

  /** Number of documents containing the term (0 when unknown). */
  public int documentFrequency(String term) {
    int id = termIds.getInt(term);
    return id < 0 ? 0 : docFreq.getInt(id);
  }
}
