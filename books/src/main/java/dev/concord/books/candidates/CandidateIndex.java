package dev.concord.books.candidates;

import dev.concord.books.spine.SpineView;

/** Finds the catalogue rows worth comparing closely with a spine, out of a catalogue of any size. */
public interface CandidateIndex {
  /** Positions of at most {@code k} catalogue rows, in no particular order. Thread-safe. */
  int[] candidates(SpineView spine, int k);

  /** Approximate bytes held by the index, for capacity planning. */
  long sizeInBytes();
}
