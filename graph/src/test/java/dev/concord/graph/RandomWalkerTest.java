package dev.concord.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.text.TextAnalyzer;
import dev.concord.graph.build.GraphBuilder;
import dev.concord.graph.build.TokenizerOptions;
import dev.concord.graph.walk.CsrGraph;
import dev.concord.graph.walk.RandomWalker;
import dev.concord.graph.walk.WalkOptions;
import dev.concord.graph.walk.WalkStarts;
import dev.concord.graph.walk.Walks;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomWalkerTest {
  private static CsrGraph csr() {
    GraphBuilder b = new GraphBuilder(new TextAnalyzer(), TokenizerOptions.DEFAULT);
    var corpora = List.of(Fixtures.rows(), Fixtures.claims());
    HeteroGraph g = b.build(corpora, b.tokenizerFor(corpora));
    GraphBuilder.weightByIdf(g);
    return CsrGraph.of(g);
  }

  @Test
  void sameSeedSameWalksOnAnyThreadCount() {
    CsrGraph g = csr();
    Walks one = RandomWalker.walk(g, WalkStarts.EVERY_NODE.of(g), new WalkOptions(5, 10, true, 1, 7));
    Walks two = RandomWalker.walk(g, WalkStarts.EVERY_NODE.of(g), new WalkOptions(5, 10, true, 2, 7));
    Walks other = RandomWalker.walk(g, WalkStarts.EVERY_NODE.of(g), new WalkOptions(5, 10, true, 2, 8));
    assertThat(two.nodes()).isEqualTo(one.nodes());
    assertThat(two.lengths()).isEqualTo(one.lengths());
    assertThat(other.nodes()).isNotEqualTo(one.nodes());
  }

  @Test
  void aWalkTokenBudgetSetsWalksPerNodeBetweenItsBounds() {
    WalkOptions budget = new WalkOptions(20, 25, true, 1, 7, 1_000_000, 100);
    assertThat(budget.walksPerNode(100)).isEqualTo(100);
    assertThat(budget.walksPerNode(1_000)).isEqualTo(40);
    assertThat(budget.walksPerNode(10_000)).isEqualTo(20);
    assertThat(new WalkOptions(20, 25, true, 1, 7).walksPerNode(10)).isEqualTo(20);
    CsrGraph g = csr();
    int[] starts = WalkStarts.EVERY_NODE.of(g);
    int perNode = 7;
    Walks w = RandomWalker.walk(g, starts, new WalkOptions(2, 10, true, 2, 7, (long) starts.length * 10 * perNode, 50));
    assertThat(w.count()).isEqualTo(starts.length * perNode);
  }

  @Test
  void walksStartWhereAskedAndStepOnlyToNeighbours() {
    CsrGraph g = csr();
    for (boolean weighted : new boolean[] {true, false}) {
      Walks w = RandomWalker.walk(g, WalkStarts.EVERY_NODE.of(g), new WalkOptions(3, 12, weighted, 2, 1));
      assertThat(w.count()).isEqualTo(3 * g.nodeCount());
      int[] starts = new int[g.nodeCount()];
      for (int i = 0; i < w.count(); i++) starts[w.node(i, 0)]++;
      assertThat(starts).containsOnly(3);
      for (int i = 0; i < w.count(); i++) {
        for (int s = 1; s < w.length(i); s++) assertThat(g.adjacent(w.node(i, s - 1), w.node(i, s))).isTrue();
      }
    }
  }

  @Test
  void weightedStepsFollowEdgeWeights() {
    HeteroGraph h = new HeteroGraph();
    Node item = h.addItem(new dev.concord.core.ItemKey("c", "1"));
    h.connect(item, Node.token("heavy"), 9);
    h.connect(item, Node.token("light"), 1);
    CsrGraph g = CsrGraph.of(h);
    int start = g.indexOf(item).orElseThrow();
    Walks w = RandomWalker.walk(g, new int[] {start}, new WalkOptions(2000, 2, true, 2, 3));
    int heavy = g.indexOf(Node.token("heavy")).orElseThrow();
    long toHeavy = java.util.stream.IntStream.range(0, w.count()).filter(i -> w.node(i, 1) == heavy).count();
    assertThat(toHeavy).isBetween(1700L, 1900L);
  }
}
