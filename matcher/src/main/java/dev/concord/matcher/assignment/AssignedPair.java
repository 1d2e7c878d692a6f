package dev.concord.matcher.assignment;

import dev.concord.core.Candidate;

/** A pair the assignment kept: the query (left) id and the chosen candidate. */
public record AssignedPair(String left, Candidate candidate) {}
