package dev.concord.graph.build;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.graph.HeteroGraph;
import dev.concord.graph.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the TDmatch graph over several corpora: an item node per item, an edge to each of its tokens, and
 * for table rows an edge from the column's attribute node to each token of the cell. Edge weights start at 1;
 * {@link #weightByIdf(HeteroGraph)} turns item-token weights into the token's inverse document frequency.
 */
public final class GraphBuilder {
  /** Share of a column's non-empty values that must be numbers for the column to count as numeric. */
  private static final double NUMERIC_SHARE = 0.95;

  private final TextAnalyzer analyzer;
  private final TokenizerOptions options;

  public GraphBuilder(TextAnalyzer analyzer, TokenizerOptions options) {
    this.analyzer = analyzer;
    this.options = options;
  }

  /** A tokenizer that knows the numeric columns of these corpora. */
  public ItemTokenizer tokenizerFor(List<Corpus> corpora) {
    ItemTokenizer plain = new ItemTokenizer(analyzer, options, Set.of());
    Map<String, int[]> counts = new HashMap<>();
    for (Corpus c : corpora) {
      for (Item item : c) {
        for (Map.Entry<String, String> f : item.fields().entrySet()) {
          List<String> words = analyzer.words(f.getValue());
          if (words.isEmpty()) continue;
          int[] n = counts.computeIfAbsent(plain.attributeName(f.getKey()), k -> new int[2]);
          n[0]++;
          if (words.size() == 1 && Numbers.isNumber(words.get(0))) n[1]++;
        }
      }
    }
    Set<String> numeric = new HashSet<>();
    counts.forEach((a, n) -> {
      if (!a.isEmpty() && n[1] >= NUMERIC_SHARE * n[0]) numeric.add(a);
    });
    return new ItemTokenizer(analyzer, options, numeric);
  }

  public HeteroGraph build(List<Corpus> corpora, ItemTokenizer tokenizer) {
    HeteroGraph g = new HeteroGraph();
    for (Corpus c : corpora) {
      for (Item item : c) addItem(g, item, tokenizer);
    }
    return g;
  }

  public static void addItem(HeteroGraph g, Item item, ItemTokenizer tokenizer) {
    Node itemNode = g.addItem(item.key());
    for (ItemTokenizer.AttributedToken t : tokenizer.tokens(item)) {
      Node token = Node.token(t.token());
      g.connect(itemNode, token, 1.0);
      if (!t.attribute().isEmpty()) g.connect(Node.attribute(t.attribute()), token, 1.0);
    }
  }

  /**
   * Sets every item-token edge to the token's idf, ln(1 + N / df) with N items and df the token's item
   * neighbours, so that weighted walks leave an item through its rarer, more telling tokens.
   */
  public static void weightByIdf(HeteroGraph g) {
    int n = g.itemNodes().size();
    for (Node t : g.tokenNodes()) {
      int df = g.itemDegree(t);
      if (df == 0) continue;
      double idf = Math.log(1.0 + (double) n / df);
      for (Node nb : g.neighbours(t)) if (nb.isItem()) g.setWeight(t, nb, idf);
    }
  }
}
