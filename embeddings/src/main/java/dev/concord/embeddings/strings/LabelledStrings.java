package dev.concord.embeddings.strings;

/** A labelled pair of strings for supervised training: the left and right strings and whether they match. */
public record LabelledStrings(String left, String right, boolean match) {}
