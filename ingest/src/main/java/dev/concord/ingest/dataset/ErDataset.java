package dev.concord.ingest.dataset;

import dev.concord.core.Corpus;
import java.util.List;

/**
 * A record-linkage data set: two tables, and either the DeepMatcher splits or a plain gold list
 * (then {@code train}, {@code valid} are empty and {@code test} holds the gold pairs).
 */
public record ErDataset(String name, Corpus left, Corpus right, List<LabelledPair> train, List<LabelledPair> valid,
    List<LabelledPair> test, boolean hasSplits) {

  /** Every matching pair of all splits: the unsupervised protocol's gold. */
  public List<LabelledPair> allMatches() {
    return java.util.stream.Stream.of(train, valid, test).flatMap(List::stream).filter(LabelledPair::match).toList();
  }
}
