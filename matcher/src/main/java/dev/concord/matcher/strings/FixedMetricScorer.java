package dev.concord.matcher.strings;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.Scorer;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed string metric on the lexical blocking's candidates, compared on the same strings as the learned
 * {@link StringScorer}: the side-by-side baselines the learned similarity must beat.
 */
public final class FixedMetricScorer implements Scorer {
  private final FixedMetric metric;

  public FixedMetricScorer(FixedMetric metric) {
    this.metric = metric;
  }

  @Override
  public String name() { return "fixed-" + metric.label(); }

  @Override
  public FittedScorer fit(Corpus reference, Corpus queries, FitContext context) {
    ComparedText refText = ComparedText.of(reference, queries);
    ComparedText queryText = ComparedText.of(queries, reference);
    List<String> strings = new ArrayList<>();
    for (Item i : reference) strings.add(refText.of(i));
    for (Item i : queries) strings.add(queryText.of(i));
    CandidateBlocking blocking = new CandidateBlocking(reference, queries, context);
    return new BlockedRescorer(blocking, metric.fit(strings), queryText, refText, reference, name() + "/v1");
  }
}
