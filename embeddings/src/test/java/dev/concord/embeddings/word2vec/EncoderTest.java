package dev.concord.embeddings.word2vec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.ItemKey;
import dev.concord.graph.HeteroGraph;
import dev.concord.graph.Node;
import dev.concord.graph.walk.CsrGraph;
import dev.concord.graph.walk.RandomWalker;
import dev.concord.graph.walk.WalkOptions;
import dev.concord.graph.walk.WalkStarts;
import dev.concord.graph.walk.Walks;
import org.junit.jupiter.api.Test;

/** Two communities joined by one edge: both encoders must place a node nearer its own community. */
class EncoderTest {
  private static final Word2VecOptions TINY = new Word2VecOptions(16, 3, 5, 5, 0.025, 0, 1, 11);

  private static CsrGraph twoCommunities() {
    HeteroGraph g = new HeteroGraph();
    for (String side : new String[] {"x", "y"}) {
      for (int i = 0; i < 6; i++) {
        Node item = g.addItem(new ItemKey(side, "" + i));
        for (int t = 0; t < 4; t++) g.connect(item, Node.token(side + t), 1);
      }
    }
    g.connect(Node.token("x0"), Node.token("y0"), 1);
    return CsrGraph.of(g);
  }

  private static double cos(VectorTable v, int a, int b) {
    double dot = 0, na = 0, nb = 0;
    for (int d = 0; d < v.dimensions(); d++) {
      dot += v.get(a, d) * v.get(b, d);
      na += v.get(a, d) * v.get(a, d);
      nb += v.get(b, d) * v.get(b, d);
    }
    return dot / Math.sqrt(na * nb);
  }

  private static void assertCommunities(WalkEncoder encoder) {
    CsrGraph g = twoCommunities();
    Walks walks = RandomWalker.walk(g, WalkStarts.EVERY_NODE.of(g), new WalkOptions(20, 10, false, 1, 5));
    VectorTable v = encoder.encode(walks, TINY);
    assertThat(v.rows()).isEqualTo(g.nodeCount());
    int x1 = g.indexOf(Node.item(new ItemKey("x", "1"))).orElseThrow();
    int x2 = g.indexOf(Node.item(new ItemKey("x", "2"))).orElseThrow();
    int y1 = g.indexOf(Node.item(new ItemKey("y", "1"))).orElseThrow();
    assertThat(cos(v, x1, x2)).isGreaterThan(cos(v, x1, y1) + 0.2);
  }

  @Test
  void plainJavaSkipGramSeparatesCommunities() {
    assertCommunities(new SkipGramTrainer());
  }

  @Test
  void plainJavaSkipGramIsReproducibleOnOneThread() {
    CsrGraph g = twoCommunities();
    Walks walks = RandomWalker.walk(g, WalkStarts.EVERY_NODE.of(g), new WalkOptions(5, 10, false, 1, 5));
    assertThat(new SkipGramTrainer().encode(walks, TINY).data()).isEqualTo(new SkipGramTrainer().encode(walks, TINY).data());
  }

  @Test
  void noiseIsDrawnInProportionToCountToThePowerThreeQuarters() {
    long[] counts = {0, 1, 16, 81, 256, 0};
    int[] table = SkipGramTrainer.aliasTable(counts);
    int[] seen = new int[counts.length];
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    int draws = 1_000_000;
    for (int i = 0; i < draws; i++) seen[SkipGramTrainer.drawNoise(table, counts.length, r.nextLong())]++;
    double[] expected = {0, 1 / 100.0, 8 / 100.0, 27 / 100.0, 64 / 100.0, 0};
    for (int v = 0; v < counts.length; v++) assertThat(seen[v] / (double) draws).isCloseTo(expected[v], org.assertj.core.data.Offset.offset(0.003));
  }

  @Test
  void dl4jSkipGramSeparatesCommunities() {
    assertCommunities(new Dl4jWord2Vec());
  }
}
