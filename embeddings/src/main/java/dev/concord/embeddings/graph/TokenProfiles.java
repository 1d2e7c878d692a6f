package dev.concord.embeddings.graph;

import dev.concord.core.Item;
import dev.concord.graph.build.ItemTokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-step neighbourhood of an item in the compressed, expanded graph, as a unit sparse vector over token
 * nodes: its tokens that survived compression, weighted by idf, plus the tokens an expander linked them to
 * (near-duplicates, abbreviations, number buckets, synonyms) at half weight. The cosine of two profiles is the
 * weight of the two-step paths between the items: the direct evidence that walks only sample.
 */
public final class TokenProfiles {
  /** Weight of a token reached through an expansion edge, relative to the item's own token. */
  public static final float EXPANSION_WEIGHT = 0.5f;

  private final Map<String, Float> idf;
  private final Map<String, List<String>> related;

  /**
   * @param idf     idf of every token kept in the graph
   * @param related for each kept token, the kept tokens an expander linked it to
   */
  public TokenProfiles(Map<String, Float> idf, Map<String, List<String>> related) {
    this.idf = Map.copyOf(idf);
    Map<String, List<String>> r = new LinkedHashMap<>();
    related.forEach((k, v) -> r.put(k, List.copyOf(v)));
    this.related = Map.copyOf(r);
  }

  public Map<String, Float> idf() { return idf; }

  public Map<String, List<String>> related() { return related; }

  /** A unit sparse vector over token names; empty when the item has no kept token. */
  public Map<String, Float> profile(Item item, ItemTokenizer tokenizer) {
    Map<String, Float> w = new LinkedHashMap<>();
    List<String> own = new ArrayList<>();
    for (ItemTokenizer.AttributedToken t : tokenizer.tokens(item)) {
      Float f = idf.get(t.token());
      if (f != null && w.put(t.token(), f) == null) own.add(t.token());
    }
    for (String t : own) {
      for (String r : related.getOrDefault(t, List.of())) {
        float x = EXPANSION_WEIGHT * idf.get(r);
        w.merge(r, x, Math::max);
      }
    }
    double norm = 0;
    for (float x : w.values()) norm += (double) x * x;
    if (norm == 0) return Map.of();
    float inv = (float) (1 / Math.sqrt(norm));
    w.replaceAll((k, x) -> x * inv);
    return w;
  }
}
