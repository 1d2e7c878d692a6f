package dev.concord.matcher.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concord.core.Candidate;
import dev.concord.core.Ranking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Capacities and the reject option of {@link RankingAssignment}, against exhaustive search on small instances:
 * the objective is the total score with "no match" worth the threshold for every query.
 */
class RankingAssignmentPropertiesTest {

  @Property(tries = 200)
  void respectsCapacitiesAndThresholdAndIsOptimal(@ForAll @IntRange(min = 1, max = 6) int queries,
      @ForAll @IntRange(min = 1, max = 4) int references, @ForAll @DoubleRange(min = 0, max = 0.8) double threshold,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    Map<String, Integer> capacity = new HashMap<>();
    for (int r = 0; r < references; r++) capacity.put("r" + r, 1 + rnd.nextInt(3));
    List<Ranking> rankings = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      List<Candidate> cs = new ArrayList<>();
      for (int r = 0; r < references; r++) {
        if (rnd.nextInt(4) > 0) cs.add(new Candidate("r" + r, Math.round(rnd.nextDouble() * 100) / 100.0));
      }
      cs.sort((a, b) -> Double.compare(b.score(), a.score()));
      rankings.add(new Ranking("q" + q, cs));
    }

    List<AssignedPair> kept = RankingAssignment.assign(rankings, capacity::get, threshold);

    Set<String> linkedQueries = new HashSet<>();
    Map<String, Integer> taken = new HashMap<>();
    double total = 0;
    for (AssignedPair p : kept) {
      assertThat(linkedQueries.add(p.left())).as("a query links at most once").isTrue();
      assertThat(p.candidate().score()).as("nothing below the threshold is linked").isGreaterThanOrEqualTo(threshold);
      taken.merge(p.candidate().id(), 1, Integer::sum);
      total += p.candidate().score() - threshold;
    }
    taken.forEach((id, n) -> assertThat(n).as("links of %s", id).isLessThanOrEqualTo(capacity.get(id)));
    assertThat(total).isCloseTo(bestTotal(rankings, capacity, threshold, 0, new HashMap<>()), within(1e-9));
  }

  /**
   * The best total over every choice of one candidate (or none) per query, where "no match" scores the threshold:
   * a link is worth its score minus the threshold.
   */
  private static double bestTotal(List<Ranking> rankings, Map<String, Integer> capacity, double threshold, int q,
                                  Map<String, Integer> used) {
    if (q == rankings.size()) return 0;
    double best = bestTotal(rankings, capacity, threshold, q + 1, used);
    for (Candidate c : rankings.get(q).candidates()) {
      int n = used.getOrDefault(c.id(), 0);
      if (c.score() < threshold || n >= capacity.get(c.id())) continue;
      used.put(c.id(), n + 1);
      best = Math.max(best, c.score() - threshold + bestTotal(rankings, capacity, threshold, q + 1, used));
      used.put(c.id(), n);
    }
    return best;
  }
}
