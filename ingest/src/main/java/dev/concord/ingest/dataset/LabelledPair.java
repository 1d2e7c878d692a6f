package dev.concord.ingest.dataset;

/** A pair of ids with a match label, as in the DeepMatcher splits. */
public record LabelledPair(String left, String right, boolean match) {}
