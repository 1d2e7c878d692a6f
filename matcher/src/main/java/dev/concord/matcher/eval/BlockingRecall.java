package dev.concord.matcher.eval;

import dev.concord.core.Candidate;
import dev.concord.core.Ranking;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Blocking recall: the share of gold pairs whose reference item is among a query's top k candidates, over every
 * gold pair of every query that was ranked.
 */
public final class BlockingRecall {
  private BlockingRecall() {}

  /** Gold as reference ids per query. */
  public static double of(Collection<Ranking> rankings, Map<String, Set<String>> gold, int k) {
    long found = 0;
    long total = 0;
    for (Ranking r : rankings) {
      Set<String> g = gold.get(r.queryId());
      if (g == null || g.isEmpty()) continue;
      total += g.size();
      for (int i = 0; i < Math.min(k, r.candidates().size()); i++) if (g.contains(r.candidates().get(i).id())) found++;
    }
    return total == 0 ? 0 : (double) found / total;
  }

  /**
   * Gold as a test on (query id, candidate): one gold pair per query in {@code queriesWithGold}, found when any
   * of its top k candidates passes (copies of one book are interchangeable).
   */
  public static double of(Collection<Ranking> rankings, Set<String> queriesWithGold, int k,
      BiPredicate<String, Candidate> isGold) {
    long found = 0;
    for (Ranking r : rankings) {
      if (!queriesWithGold.contains(r.queryId())) continue;
      for (int i = 0; i < Math.min(k, r.candidates().size()); i++) {
        if (isGold.test(r.queryId(), r.candidates().get(i))) {
          found++;
          break;
        }
      }
    }
    return queriesWithGold.isEmpty() ? 0 : (double) found / queriesWithGold.size();
  }
}
