package dev.concord.matcher.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Candidate;
import dev.concord.core.Ranking;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingAssignmentTest {

  @Test
  void globalAssignmentBeatsGreedyWhenTheBestPairBlocksTwoGoodOnes() {
    // greedy would take q1-a (0.9), leaving q2 with nothing; the optimum is q1-b + q2-a = 1.6
    List<Ranking> rankings = List.of(
        new Ranking("q1", List.of(new Candidate("a", 0.9), new Candidate("b", 0.8))),
        new Ranking("q2", List.of(new Candidate("a", 0.8))));
    List<AssignedPair> pairs = RankingAssignment.oneToOne(rankings, 0.1);
    assertThat(pairs).extracting(p -> p.left() + "-" + p.candidate().id()).containsExactlyInAnyOrder("q1-b", "q2-a");
  }

  @Test
  void belowThresholdIsRejected() {
    List<Ranking> rankings = List.of(
        new Ranking("q1", List.of(new Candidate("a", 0.9))),
        new Ranking("q2", List.of(new Candidate("b", 0.3))));
    assertThat(RankingAssignment.oneToOne(rankings, 0.5)).extracting(AssignedPair::left).containsExactly("q1");
  }

  @Test
  void capacitiesLetCopiesTakeSeveralQueries() {
    List<Ranking> rankings = List.of(
        new Ranking("s1", List.of(new Candidate("book", 0.9))),
        new Ranking("s2", List.of(new Candidate("book", 0.8))),
        new Ranking("s3", List.of(new Candidate("book", 0.7))));
    List<AssignedPair> pairs = RankingAssignment.assign(rankings, Map.of("book", 2)::get, 0.1);
    assertThat(pairs).extracting(AssignedPair::left).containsExactlyInAnyOrder("s1", "s2");
  }
}
