package dev.concord.matcher.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Precision, recall and F1 of a predicted link set against a gold link set. */
public record LinkMetrics(long truePositives, long predicted, long gold) {

  /** A link as a pair of ids. */
  public record IdPair(String left, String right) {}

  public static LinkMetrics of(Collection<IdPair> predicted, Collection<IdPair> gold) {
    Set<IdPair> g = new HashSet<>(gold);
    Set<IdPair> p = new HashSet<>(predicted);
    long tp = p.stream().filter(g::contains).count();
    return new LinkMetrics(tp, p.size(), g.size());
  }

  public double precision() { return predicted == 0 ? 0 : (double) truePositives / predicted; }

  public double recall() { return gold == 0 ? 0 : (double) truePositives / gold; }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
