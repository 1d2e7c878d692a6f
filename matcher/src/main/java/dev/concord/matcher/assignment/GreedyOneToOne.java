package dev.concord.matcher.assignment;

import dev.concord.core.Candidate;
import dev.concord.core.Ranking;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Greedy one-to-one: all candidate pairs by descending score, each taken when neither side is taken yet.
 * A 1/2-approximation of the maximum-weight matching that agrees with mutual best on clear cases.
 */
public final class GreedyOneToOne {
  private GreedyOneToOne() {}

  /** A chosen pair, by query id and candidate. */
  public record Pair(String left, Candidate candidate) {}

  public static List<Pair> assign(List<Ranking> rankings, double threshold) {
    List<Pair> all = new ArrayList<>();
    for (Ranking r : rankings) {
      for (Candidate c : r.candidates()) {
        if (c.score() >= threshold) all.add(new Pair(r.queryId(), c));
      }
    }
    all.sort(Comparator.comparingDouble((Pair p) -> -p.candidate().score())
        .thenComparing(Pair::left).thenComparing(p -> p.candidate().id()));
    Set<String> usedLeft = new HashSet<>();
    Set<String> usedRight = new HashSet<>();
    List<Pair> out = new ArrayList<>();
    for (Pair p : all) {
      if (!usedLeft.contains(p.left()) && !usedRight.contains(p.candidate().id())) {
        usedLeft.add(p.left());
        usedRight.add(p.candidate().id());
        out.add(p);
      }
    }
    return out;
  }
}
