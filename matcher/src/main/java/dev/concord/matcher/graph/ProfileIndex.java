package dev.concord.matcher.graph;

import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An inverted index of the reference items' graph profiles, answering their cosine with a query profile. */
final class ProfileIndex {
  private final Object2IntOpenHashMap<String> tokenIds = new Object2IntOpenHashMap<>();
  private final List<IntArrayList> rows = new ArrayList<>();
  private final List<FloatArrayList> weights = new ArrayList<>();

  ProfileIndex() {
    tokenIds.defaultReturnValue(-1);
  }

  void add(int row, Map<String, Float> profile) {
    for (Map.Entry<String, Float> e : profile.entrySet()) {
      int id = tokenIds.getInt(e.getKey());
      if (id < 0) {
        id = tokenIds.size();
        tokenIds.put(e.getKey(), id);
        rows.add(new IntArrayList(4));
        weights.add(new FloatArrayList(4));
      }
      rows.get(id).add(row);
      weights.get(id).add(e.getValue());
    }
  }

  /** Adds cosine(query, row) into {@code acc[row]} for every row sharing a token with the query. */
  void accumulate(Map<String, Float> query, float[] acc) {
    for (Map.Entry<String, Float> e : query.entrySet()) {
      int id = tokenIds.getInt(e.getKey());
      if (id < 0) continue;
      float q = e.getValue();
      int[] r = rows.get(id).elements();
      float[] w = weights.get(id).elements();
      for (int p = 0, n = rows.get(id).size(); p < n; p++) acc[r[p]] += q * w[p];
    }
  }
}
