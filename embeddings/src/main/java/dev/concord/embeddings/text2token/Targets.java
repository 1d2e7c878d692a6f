package dev.concord.embeddings.text2token;

/** A soft target over the vocabulary: token ids and their probabilities (summing to one). */
record Targets(int[] ids, float[] weights) {
  static final Targets EMPTY = new Targets(new int[0], new float[0]);

  boolean isEmpty() { return ids.length == 0; }
}
