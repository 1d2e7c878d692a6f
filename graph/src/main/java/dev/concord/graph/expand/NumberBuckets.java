package dev.concord.graph.expand;

import dev.concord.graph.HeteroGraph;
import dev.concord.graph.Node;
import dev.concord.graph.build.Numbers;
import java.util.Optional;

/**
 * Links numbers of similar size through a shared bucket node, so that "about 1,000 cases" can meet 1,153:
 * the bucket is the half-decade of the number, floor(2 log10 |x|) (1-3.16, 3.16-10, 10-31.6, ...), kept
 * per attribute for attribute-value tokens ({@code march=1007} and {@code march=1953} share
 * {@code march~6}). Zero is exact already and gets no bucket.
 */
public final class NumberBuckets implements Expander {
  private final double weight;

  public NumberBuckets(double weight) {
    this.weight = weight;
  }

  public NumberBuckets() {
    this(1.0);
  }

  @Override
  public String name() { return "number-buckets"; }

  @Override
  public int expand(HeteroGraph graph) {
    int added = 0;
    for (Node n : graph.tokenNodes()) {
      Optional<String> bucket = bucketOf(n.name());
      if (bucket.isPresent()) {
        graph.connect(n, Node.token(bucket.get()), weight);
        added++;
      }
    }
    return added;
  }

  /** The bucket token of a number or attribute-value token, empty for anything else. */
  public static Optional<String> bucketOf(String token) {
    int eq = token.lastIndexOf('=');
    String prefix = eq < 0 ? "" : token.substring(0, eq);
    String number = eq < 0 ? token : token.substring(eq + 1);
    if (!Numbers.isNumber(number)) return Optional.empty();
    double x = Double.parseDouble(number);
    if (x == 0 || !Double.isFinite(x)) return Optional.empty();
    int half = (int) Math.floor(2 * Math.log10(Math.abs(x)));
    return Optional.of(prefix + "~" + half);
  }
}
