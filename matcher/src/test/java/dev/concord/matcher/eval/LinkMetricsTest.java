package dev.concord.matcher.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.concord.matcher.eval.LinkMetrics.IdPair;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkMetricsTest {
  @Test
  void precisionRecallF1ByHand() {
    List<IdPair> predicted = List.of(new IdPair("1", "a"), new IdPair("2", "b"), new IdPair("3", "x"));
    List<IdPair> gold = List.of(new IdPair("1", "a"), new IdPair("2", "b"), new IdPair("3", "c"), new IdPair("4", "d"));
    LinkMetrics m = LinkMetrics.of(predicted, gold);
    assertThat(m.precision()).isCloseTo(2 / 3.0, offset(1e-12));
    assertThat(m.recall()).isCloseTo(0.5, offset(1e-12));
    assertThat(m.f1()).isCloseTo(2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5), offset(1e-12));
  }

  @Test
  void emptyPredictionsScoreZeroNotNaN() {
    LinkMetrics m = LinkMetrics.of(List.of(), List.of(new IdPair("1", "a")));
    assertThat(m.precision()).isZero();
    assertThat(m.f1()).isZero();
  }
}
