package dev.concord.graph.expand;

import dev.concord.graph.HeteroGraph;
import dev.concord.graph.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links word tokens one edit apart (a substitution, insertion, deletion or swap of neighbours), so that
 * misspellings and OCR errors meet their correct form. Candidates are found with the symmetric-deletion
 * index (every token is filed under itself and each of its one-letter deletions), which avoids comparing
 * all pairs. Short words are left alone: one edit turns one short word into another ("bat", "cat").
 */
public final class NearDuplicateTokens implements Expander {
  private final int minLength;
  private final int maxGroup;
  private final double weight;

  /**
   * @param minLength shortest word considered
   * @param maxGroup  a deletion key shared by more tokens than this is too ambiguous to link
   * @param weight    weight of the added edges
   */
  public NearDuplicateTokens(int minLength, int maxGroup, double weight) {
    this.minLength = minLength;
    this.maxGroup = maxGroup;
    this.weight = weight;
  }

  public NearDuplicateTokens() {
    this(5, 8, 1.0);
  }

  @Override
  public String name() { return "near-duplicates"; }

  @Override
  public int expand(HeteroGraph graph) {
    Map<String, List<String>> byKey = new HashMap<>();
    for (Node n : graph.tokenNodes()) {
      String t = n.name();
      if (t.length() < minLength || !TokenShapes.isAlphabeticWord(t)) continue;
      byKey.computeIfAbsent(t, k -> new ArrayList<>(2)).add(t);
      for (int i = 0; i < t.length(); i++) {
        String key = t.substring(0, i) + t.substring(i + 1);
        List<String> group = byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (group.isEmpty() || !group.get(group.size() - 1).equals(t)) group.add(t);
      }
    }
    int added = 0;
    for (List<String> group : byKey.values()) {
      if (group.size() < 2 || group.size() > maxGroup) continue;
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          Node a = Node.token(group.get(i));
          Node b = Node.token(group.get(j));
          if (!a.equals(b) && !graph.hasEdge(a, b)) {
            graph.connect(a, b, weight);
            added++;
          }
        }
      }
    }
    return added;
  }
}
