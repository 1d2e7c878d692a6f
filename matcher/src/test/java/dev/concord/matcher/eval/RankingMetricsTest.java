package dev.concord.matcher.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.concord.core.Candidate;
import dev.concord.core.Ranking;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  private static Ranking ranking(String q, String... ids) {
    List<Candidate> cs = new java.util.ArrayList<>();
    for (int i = 0; i < ids.length; i++) cs.add(new Candidate(ids[i], 1.0 - i * 0.1));
    return new Ranking(q, cs);
  }

  // q1: gold at rank 2; q2: gold at ranks 1 and 3; q3: gold absent; q4: no gold (skipped)
  private final List<Ranking> rankings = List.of(
      ranking("q1", "a", "g", "b"),
      ranking("q2", "g1", "x", "g2"),
      ranking("q3", "a", "b", "c"),
      ranking("q4", "a"));
  private final Map<String, Set<String>> gold = Map.of("q1", Set.of("g"), "q2", Set.of("g1", "g2"), "q3", Set.of("z"));

  @Test
  void mrrByHand() {
    assertThat(RankingMetrics.mrr(rankings, gold, 1)).isCloseTo((0 + 1 + 0) / 3.0, offset(1e-12));
    assertThat(RankingMetrics.mrr(rankings, gold, 5)).isCloseTo((0.5 + 1 + 0) / 3.0, offset(1e-12));
  }

  @Test
  void hitsByHand() {
    assertThat(RankingMetrics.hits(rankings, gold, 1)).isCloseTo(1 / 3.0, offset(1e-12));
    assertThat(RankingMetrics.hits(rankings, gold, 2)).isCloseTo(2 / 3.0, offset(1e-12));
  }

  @Test
  void mapByHand() {
    // q1: AP = (1/2) / 1 = 0.5; q2: (1/1 + 2/3) / 2 = 0.8333; q3: 0
    assertThat(RankingMetrics.map(rankings, gold, 5)).isCloseTo((0.5 + (1 + 2 / 3.0) / 2 + 0) / 3.0, offset(1e-12));
    // at k = 2, q2 has min(|gold|, k) = 2 in the denominator and only the first hit counts
    assertThat(RankingMetrics.map(rankings, gold, 2)).isCloseTo((0.5 + 0.5 + 0) / 3.0, offset(1e-12));
  }

  @Test
  void queriesWithoutGoldAreSkipped() {
    assertThat(RankingMetrics.queriesWithGold(rankings, gold)).isEqualTo(3);
  }
}
