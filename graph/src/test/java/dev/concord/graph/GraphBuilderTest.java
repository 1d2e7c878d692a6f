package dev.concord.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.ItemKey;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.graph.build.GraphBuilder;
import dev.concord.graph.build.ItemTokenizer;
import dev.concord.graph.build.TokenizerOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {
  private final GraphBuilder builder = new GraphBuilder(new TextAnalyzer(), TokenizerOptions.DEFAULT);

  @Test
  void rowsLinkTokensToTheirItemAndAttribute() {
    ItemTokenizer tok = builder.tokenizerFor(List.of(Fixtures.rows(), Fixtures.claims()));
    HeteroGraph g = builder.build(List.of(Fixtures.rows(), Fixtures.claims()), tok);
    Node r1 = Node.item(new ItemKey("rows", "r1"));
    assertThat(g.hasEdge(r1, Node.token("afghanistan"))).isTrue();
    assertThat(g.hasEdge(Node.attribute("country"), Node.token("afghanistan"))).isTrue();
    assertThat(g.hasEdge(Node.attribute("january"), Node.token("january=0"))).isTrue();
    assertThat(tok.numericAttributes()).containsExactly("january");
  }

  @Test
  void aTextNamingANumericColumnGetsTheAttributeValueToken() {
    ItemTokenizer tok = builder.tokenizerFor(List.of(Fixtures.rows(), Fixtures.claims()));
    HeteroGraph g = builder.build(List.of(Fixtures.rows(), Fixtures.claims()), tok);
    Node c1 = Node.item(new ItemKey("claims", "c1"));
    assertThat(g.hasEdge(c1, Node.token("january=0"))).isTrue();
    assertThat(g.hasEdge(c1, Node.token("cases afghanistan"))).isTrue();
    assertThat(g.hasEdge(c1, Node.token("there"))).as("stop word").isFalse();
    assertThat(g.itemDegree(Node.token("january=0"))).isEqualTo(2);
  }

  @Test
  void idfWeightsFavourRareTokens() {
    ItemTokenizer tok = builder.tokenizerFor(List.of(Fixtures.rows(), Fixtures.claims()));
    HeteroGraph g = builder.build(List.of(Fixtures.rows(), Fixtures.claims()), tok);
    GraphBuilder.weightByIdf(g);
    Node c1 = Node.item(new ItemKey("claims", "c1"));
    assertThat(g.weight(c1, Node.token("afghanistan"))).isGreaterThan(g.weight(c1, Node.token("cases")));
  }
}
