package dev.concord.matcher.graph;

/**
 * Exponents of the three factors of the graph scorer's product rule for a free-text query: the first-stage score
 * (the vector cosine), the token alignment's recall and its BM25 relevance. The score is
 * {@code first^cosine * recall^recall * relevance^relevance}, a weighted geometric mean up to a power, so a weight
 * is how much a factor's ratio between two references counts. {@link #EQUAL} (each 1) is the plain product.
 * Weights are normalised to sum to 3 so that the score keeps the plain product's scale where the weights are
 * near equal (the text fusion and the reject threshold read raw scores).
 */
record EvidenceWeights(double cosine, double recall, double relevance) {
  static final EvidenceWeights EQUAL = new EvidenceWeights(1, 1, 1);

  EvidenceWeights {
    if (!(cosine >= 0 && recall >= 0 && relevance >= 0)) {
      throw new IllegalArgumentException("weights must be >= 0: " + cosine + ", " + recall + ", " + relevance);
    }
  }

  /** Non-negative weights scaled to sum to 3; all equal when they sum to 0. */
  static EvidenceWeights normalised(double cosine, double recall, double relevance) {
    double sum = cosine + recall + relevance;
    if (!(sum > 0)) return EQUAL;
    return new EvidenceWeights(3 * cosine / sum, 3 * recall / sum, 3 * relevance / sum);
  }

  /** The first-stage score raised to its weight. */
  double first(double score) {
    return cosine == 1 ? score : Math.pow(Math.max(0, score), cosine);
  }

  /** The token evidence: recall and relevance raised to their weights, multiplied. */
  double evidence(double recallScore, double relevanceScore) {
    return (recall == 1 ? recallScore : Math.pow(recallScore, recall))
        * (relevance == 1 ? relevanceScore : Math.pow(relevanceScore, relevance));
  }
}
