package dev.concord.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.ItemKey;
import dev.concord.graph.walk.CsrGraph;
import dev.concord.graph.walk.WalkStarts;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkStartsTest {
  @Test
  void itemsAndNumbersStartFromItemsAndNumericTokensOnly() {
    HeteroGraph g = new HeteroGraph();
    Node row = g.addItem(new ItemKey("rows", "1"));
    Node claim = g.addItem(new ItemKey("claims", "7"));
    for (String t : List.of("afghanistan", "1007", "march=1007", "march~6", "12.5", "total confirmed", "covid19")) {
      g.connect(row, Node.token(t), 1.0);
      g.connect(claim, Node.token(t), 1.0);
    }
    CsrGraph csr = CsrGraph.of(g);
    List<String> starts = Arrays.stream(WalkStarts.ITEMS_AND_NUMBERS.of(csr)).mapToObj(v -> csr.node(v).label()).toList();
    assertThat(starts).containsExactlyInAnyOrder("i:rows/1", "i:claims/7", "t:1007", "t:march=1007", "t:march~6", "t:12.5");
    assertThat(WalkStarts.EVERY_NODE.of(csr)).hasSize(csr.nodeCount());
  }
}
