package dev.concord.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.ItemKey;
import dev.concord.graph.compress.CompressOptions;
import dev.concord.graph.compress.OneSidedTokens;
import dev.concord.graph.compress.CompressionReport;
import dev.concord.graph.compress.GraphCompressor;
import org.junit.jupiter.api.Test;

class GraphCompressorTest {
  private final Node a1 = Node.item(new ItemKey("a", "1"));
  private final Node a2 = Node.item(new ItemKey("a", "2"));
  private final Node b1 = Node.item(new ItemKey("b", "1"));
  private final Node b2 = Node.item(new ItemKey("b", "2"));

  /** common: all four items; shared: a1, a2, b1; pair: a1, b2 (degree 2); onlyA: a1, a2; single: b1. */
  private HeteroGraph graph() {
    HeteroGraph g = new HeteroGraph();
    for (Node n : new Node[] {a1, a2, b1, b2}) {
      g.addItem(new ItemKey(n.name().substring(0, 1), n.name().substring(2)));
      g.connect(n, Node.token("common"), 1);
    }
    g.connect(a1, Node.token("shared"), 2);
    g.connect(a2, Node.token("shared"), 2);
    g.connect(b1, Node.token("shared"), 2);
    g.connect(a1, Node.token("pair"), 3);
    g.connect(b2, Node.token("pair"), 1.5);
    g.connect(a1, Node.token("onlya"), 1);
    g.connect(a2, Node.token("onlya"), 1);
    g.connect(b1, Node.token("single"), 1);
    return g;
  }

  @Test
  void removesHighFrequencyOneSidedAndDegreeOneTokensAndBridgesDegreeTwo() {
    HeteroGraph g = graph();
    CompressionReport r = new GraphCompressor(new CompressOptions(0.8, OneSidedTokens.DROP, true, true)).compress(g);
    assertThat(g.contains(Node.token("common"))).as("in 4 of 4 items").isFalse();
    assertThat(g.contains(Node.token("onlya"))).as("one-sided").isFalse();
    assertThat(g.contains(Node.token("single"))).as("degree 1").isFalse();
    assertThat(g.contains(Node.token("pair"))).as("bridged").isFalse();
    assertThat(g.hasEdge(a1, b2)).isTrue();
    assertThat(g.weight(a1, b2)).isEqualTo(1.5);
    assertThat(g.contains(Node.token("shared"))).isTrue();
    assertThat(r.highFrequency()).as("common, and onlya: in every item of the only corpus it occurs in").isEqualTo(2);
    assertThat(r.bridged()).isEqualTo(1);
    assertThat(r.after().tokens()).isEqualTo(1);
    assertThat(r.before().tokens()).isEqualTo(5);
  }

  @Test
  void aTokenFrequentOnOneSideOnlyIsKept() {
    HeteroGraph g = graph();
    g.connect(a1, Node.token("querish"), 1);
    g.connect(a2, Node.token("querish"), 1);
    g.connect(b1, Node.token("querish"), 1);
    new GraphCompressor(new CompressOptions(0.6, OneSidedTokens.KEEP, false, false)).compress(g);
    assertThat(g.contains(Node.token("querish"))).as("in 2/2 of a, 1/2 of b").isTrue();
    assertThat(g.contains(Node.token("common"))).isFalse();
  }

  @Test
  void noneKeepsEverything() {
    HeteroGraph g = graph();
    CompressionReport r = new GraphCompressor(CompressOptions.NONE).compress(g);
    assertThat(r.after()).isEqualTo(r.before());
  }

  @Test
  void aOneSidedTokenLinkedToATokenOfTheOtherSideIsKept() {
    HeteroGraph g = graph();
    g.connect(b2, Node.token("onlyb"), 1);
    g.connect(b1, Node.token("onlyb"), 1);
    g.connect(Node.token("onlya"), Node.token("onlyb"), 1);
    new GraphCompressor(new CompressOptions(1.0, OneSidedTokens.DROP, false, false)).compress(g);
    assertThat(g.contains(Node.token("onlya"))).isTrue();
    assertThat(g.contains(Node.token("single"))).isFalse();
  }

  @Test
  void keepLastCorpusKeepsTheOneSidedTokensOfTheLastCorpusOnly() {
    HeteroGraph g = graph();
    g.connect(b1, Node.token("onlyb"), 1);
    g.connect(b2, Node.token("onlyb"), 1);
    CompressionReport r = new GraphCompressor(new CompressOptions(1.0, OneSidedTokens.KEEP_LAST_CORPUS, false, false)).compress(g);
    assertThat(g.contains(Node.token("onlyb"))).as("corpus b was added last").isTrue();
    assertThat(g.contains(Node.token("single"))).as("b's, degree-1 pruning off").isTrue();
    assertThat(g.contains(Node.token("onlya"))).isFalse();
    assertThat(r.oneSided()).isEqualTo(1);
  }
}
