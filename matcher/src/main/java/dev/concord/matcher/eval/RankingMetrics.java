package dev.concord.matcher.eval;

import dev.concord.core.Ranking;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MRR@k, Hits@k and MAP@k of rankings, as TDmatch reports them: each query with at least one gold item is
 * one ranking; queries without gold are skipped.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  /** 1/rank of the first gold item within the top k, else 0; averaged over queries with gold. */
  public static double mrr(Collection<Ranking> rankings, Map<String, Set<String>> gold, int k) {
    return average(rankings, gold, (ids, g) -> {
      for (int i = 0; i < Math.min(k, ids.size()); i++) if (g.contains(ids.get(i))) return 1.0 / (i + 1);
      return 0;
    });
  }

  /** Share of queries with a gold item in the top k. */
  public static double hits(Collection<Ranking> rankings, Map<String, Set<String>> gold, int k) {
    return average(rankings, gold, (ids, g) -> {
      for (int i = 0; i < Math.min(k, ids.size()); i++) if (g.contains(ids.get(i))) return 1;
      return 0;
    });
  }

  /** Mean over queries of AP@k = (1 / min(|gold|, k)) * sum over gold hits at rank i <= k of precision@i. */
  public static double map(Collection<Ranking> rankings, Map<String, Set<String>> gold, int k) {
    return average(rankings, gold, (ids, g) -> {
      int hits = 0;
      double sum = 0;
      for (int i = 0; i < Math.min(k, ids.size()); i++) {
        if (g.contains(ids.get(i))) {
          hits++;
          sum += hits / (double) (i + 1);
        }
      }
      return sum / Math.min(g.size(), k);
    });
  }

  private interface PerQuery {
    double score(List<String> rankedIds, Set<String> gold);
  }

  private static double average(Collection<Ranking> rankings, Map<String, Set<String>> gold, PerQuery f) {
    double sum = 0;
    int n = 0;
    for (Ranking r : rankings) {
      Set<String> g = gold.get(r.queryId());
      if (g == null || g.isEmpty()) continue;
      sum += f.score(r.candidates().stream().map(c -> c.id()).toList(), g);
      n++;
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Number of rankings that have gold (the denominator of every metric here). */
  public static int queriesWithGold(Collection<Ranking> rankings, Map<String, Set<String>> gold) {
    int n = 0;
    for (Ranking r : rankings) {
      Set<String> g = gold.get(r.queryId());
      if (g != null && !g.isEmpty()) n++;
    }
    return n;
  }
}
