package dev.concord.embeddings.word2vec;

import dev.concord.graph.walk.Walks;

/** Learns a vector per graph node from random walks (the nodes are the "words", the walks the "sentences"). */
public interface WalkEncoder {
  /** Short name, part of the model version. */
  String name();

  /** A vector for every node index below {@code walks.nodeCount()}; nodes never walked keep a zero vector. */
  VectorTable encode(Walks walks, Word2VecOptions options);
}
