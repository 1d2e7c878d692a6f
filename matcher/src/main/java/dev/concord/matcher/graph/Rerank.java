package dev.concord.matcher.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the graph scorer combines a candidate's first-stage score (the vector cosine, blended with the profile
 * cosine when {@code blend < 1}) with its token alignment ({@link dev.concord.embeddings.graph.TokenAlignment}).
 * Each rule also splits the final score into contributions that add up to it, for explanations.
 */
public enum Rerank {
  /** The first-stage score alone: TDmatch's ranking when the blend is 1. */
  NONE {
    @Override double combine(double first, double alignment) { return first; }

    @Override Map<String, Double> contributions(double vector, double path, double alignment) {
      return parts(vector, path, 0);
    }
  },
  /** The alignment alone; the first stage only chooses the candidates. */
  ALIGN {
    @Override double combine(double first, double alignment) { return alignment; }

    @Override Map<String, Double> contributions(double vector, double path, double alignment) {
      return parts(0, 0, alignment);
    }
  },
  /**
   * The product (the default): a candidate must be near the query in the embedding and cover its tokens; both
   * factors are in [0, 1], so neither needs a weight. The first-stage parts are shown scaled by the alignment.
   */
  PRODUCT {
    @Override double combine(double first, double alignment) { return first * alignment; }

    @Override Map<String, Double> contributions(double vector, double path, double alignment) {
      return parts(vector * alignment, path * alignment, 0);
    }
  },
  /** Equal weights. */
  MEAN {
    @Override double combine(double first, double alignment) { return 0.5 * (first + alignment); }

    @Override Map<String, Double> contributions(double vector, double path, double alignment) {
      return parts(0.5 * vector, 0.5 * path, 0.5 * alignment);
    }
  };

  abstract double combine(double first, double alignment);

  /** The final score's parts, given the first stage's two weighted parts and the alignment. */
  abstract Map<String, Double> contributions(double vector, double path, double alignment);

  private static Map<String, Double> parts(double vector, double path, double alignment) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("vectorCosine", vector);
    out.put("pathCosine", path);
    out.put("tokenAlignment", alignment);
    return out;
  }
}
