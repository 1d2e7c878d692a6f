package dev.concord.graph.walk;

import dev.concord.graph.Node;
import dev.concord.graph.build.Numbers;
import java.util.stream.IntStream;

/** Which nodes random walks start from. */
public enum WalkStarts {
  /** Every node, as TDmatch and EmbDI do: the walk count grows with the vocabulary. */
  EVERY_NODE,
  /**
   * Items and numeric tokens (numbers, attribute-value tokens such as {@code january=0}, number buckets). Words are
   * still visited by walks passing through them, so one-sided tokens can be kept at a cost bounded by the item count;
   * numeric tokens start walks of their own because a claim's number is often its only link to a row.
   */
  ITEMS_AND_NUMBERS;

  public int[] of(CsrGraph g) {
    IntStream all = IntStream.range(0, g.nodeCount());
    return this == EVERY_NODE ? all.toArray() : all.filter(v -> g.node(v).isItem() || isNumeric(g.node(v))).toArray();
  }

  /** A number, or a token whose part after its last {@code =} or {@code ~} is a number. */
  static boolean isNumeric(Node n) {
    if (!n.isToken()) return false;
    String t = n.name();
    int cut = Math.max(t.lastIndexOf('='), t.lastIndexOf('~'));
    return Numbers.isNumber(cut < 0 ? t : t.substring(cut + 1));
  }
}
