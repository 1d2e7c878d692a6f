package dev.concord.matcher.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.core.Candidate;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.FittedScorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankFusionTest {
  /** A ranker with a fixed order; counts its calls and the references added to it. */
  private static final class Fixed implements FittedScorer {
    final List<String> order;
    final List<String> added = new ArrayList<>();
    int calls;

    Fixed(String... order) { this.order = List.of(order); }

    @Override
    public Ranking rank(Item query, int k) {
      calls++;
      List<Candidate> cs = new ArrayList<>();
      for (int i = 0; i < Math.min(k, order.size()); i++) {
        cs.add(new Candidate(order.get(i), 1.0 / (i + 1), new Explanation(Map.of(), Map.of(), List.of())));
      }
      return new Ranking(query.id(), cs);
    }

    @Override
    public void addReference(Item item) { added.add(item.id()); }

    @Override
    public String method() { return "fixed"; }
  }

  private static final Item QUERY = Item.text("q", "q1", "a claim");

  @Test
  void theHeavierRankerDecidesADisagreementAndAZeroWeightRankerIsNotRun() {
    Fixed a = new Fixed("x", "y", "z");
    Fixed b = new Fixed("y", "x", "z");
    Fixed off = new Fixed("z", "y", "x");
    Map<String, FittedScorer> rankers = new LinkedHashMap<>(Map.of("a", a, "b", b, "off", off));
    RankFusion heavyA = new RankFusion("test", rankers, Map.of("a", 2.0, "b", 1.0, "off", 0.0), List.of(a, b));
    assertThat(heavyA.rank(QUERY, 3).candidates()).extracting(Candidate::id).containsExactly("x", "y", "z");
    RankFusion heavyB = new RankFusion("test", rankers, Map.of("a", 1.0, "b", 2.0, "off", 0.0), List.of(a, b));
    Ranking r = heavyB.rank(QUERY, 3);
    assertThat(r.candidates()).extracting(Candidate::id).containsExactly("y", "x", "z");
    assertThat(r.top().score()).isBetween(0.0, 1.0);
    assertThat(off.calls).isZero();
  }

  @Test
  void newReferencesGoToEachOwnerOnce() {
    Fixed a = new Fixed("x");
    Fixed b = new Fixed("x");
    RankFusion f = new RankFusion("test", Map.of("a", a, "b", b), Map.of("a", 1.0, "b", 1.0), List.of(a));
    f.addReference(Item.text("r", "new", "text"));
    assertThat(a.added).containsExactly("new");
    assertThat(b.added).isEmpty();
  }

  @Test
  void rejectsMissingOrAllZeroWeights() {
    Fixed a = new Fixed("x");
    assertThatThrownBy(() -> new RankFusion("test", Map.of("a", a), Map.of("b", 1.0), List.of(a))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RankFusion("test", Map.of("a", a), Map.of("a", 0.0), List.of(a))).isInstanceOf(IllegalArgumentException.class);
  }
}
