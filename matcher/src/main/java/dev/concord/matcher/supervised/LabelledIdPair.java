package dev.concord.matcher.supervised;

/** A labelled pair of item ids: left (query side) and right (reference side). */
public record LabelledIdPair(String left, String right, boolean match) {}
