package dev.concord.matcher.concord;

/** A candidate pair by corpus positions, with its lexical score (the better of the two blocking directions). */
record CandidatePair(int query, int reference, double lexical) {}
