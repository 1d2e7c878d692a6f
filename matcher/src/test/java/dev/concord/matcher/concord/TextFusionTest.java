package dev.concord.matcher.concord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Candidate;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.FittedScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFusionTest {
  /** A ranker that returns fixed candidates, best first, and records the references added to it. */
  private record Fixed(List<Candidate> candidates, List<String> added) implements FittedScorer {
    Fixed(List<Candidate> candidates) { this(candidates, new ArrayList<>()); }

    @Override
    public Ranking rank(Item query, int k) {
      return new Ranking(query.id(), candidates.subList(0, Math.min(k, candidates.size())));
    }

    @Override
    public void addReference(Item item) { added.add(item.id()); }

    @Override
    public String method() { return "fixed"; }
  }

  private static Candidate t2t(String id, double dense, double tokens) {
    return new Candidate(id, (dense + tokens) / 2, new Explanation(Map.of(TextFusion.DENSE, dense, TextFusion.TOKENS, tokens),
        Map.of(), List.of("tok-" + id)));
  }

  private static Candidate graph(String id, double score) {
    return new Candidate(id, score, new Explanation(Map.of("tokenAlignment", score), Map.of(), List.of("g-" + id)));
  }

  private final Fixed text = new Fixed(List.of(t2t("a", 0.9, 0.8), t2t("b", 0.85, 0.75), t2t("c", 0.3, 0.2)));
  // the graph puts b far ahead and never saw a: a takes the graph's lowest score
  private final Fixed graph = new Fixed(List.of(graph("b", 0.9), graph("c", 0.5), graph("d", 0.4)));
  private final Item query = Item.text("q", "q1", "anything");

  @Test
  void theGraphTurnsAClosePairOfTextTokenCandidatesAndAloneItChangesNothing() {
    Ranking fused = new TextFusion(text, graph, new double[] {1, 1, 1}).rank(query, 4);
    assertThat(fused.candidates()).extracting(Candidate::id).startsWith("b", "a");
    // the weighted mean of raw scores; a, unseen by the graph, takes the graph's lowest score (d's 0.4)
    assertThat(fused.top().score()).isEqualTo((0.85 + 0.75 + 0.9) / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(fused.candidates().get(1).score()).isEqualTo((0.9 + 0.8 + 0.4) / 3, org.assertj.core.data.Offset.offset(1e-9));
    // with the graph weighted 0 the order is Text2Token's; d, seen by the graph only, takes Text2Token's lowest values
    Ranking without = new TextFusion(text, graph, new double[] {1, 1, 0}).rank(query, 4);
    assertThat(without.candidates()).extracting(Candidate::id).containsExactly("a", "b", "c", "d");
    assertThat(without.candidates().get(3).score()).isEqualTo((0.3 + 0.2) / 2, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void explanationsCarryBothScorersFeaturesAndReferencesGoToBoth() {
    Candidate b = new TextFusion(text, graph, new double[] {1, 1, 1}).rank(query, 2).top();
    assertThat(b.explanation().features()).containsKeys(TextFusion.DENSE, TextFusion.TOKENS, "graph_score", "graph_tokenAlignment");
    assertThat(b.explanation().contributions()).containsKeys(TextFusion.DENSE, TextFusion.TOKENS, "graph");
    assertThat(b.explanation().matchedTokens()).containsExactly("tok-b", "g-b");
    new TextFusion(text, graph, new double[] {1, 1, 1}).addReference(Item.text("r", "new", "text"));
    assertThat(text.added()).containsExactly("new");
    assertThat(graph.added()).containsExactly("new");
  }
}
