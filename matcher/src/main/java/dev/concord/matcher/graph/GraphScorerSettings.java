package dev.concord.matcher.graph;

import dev.concord.core.settings.PropertySettings;
import dev.concord.embeddings.graph.GraphEmbeddingOptions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The graph scorer's settings, read from {@code concord.graph.*} system properties so that ablations run from
 * the command line ({@code CONCORD_JAVA_OPTS="-Dconcord.graph.expand=false"}); anything not set keeps its
 * default. The embedding's own keys are read by {@link GraphEmbeddingOptions#from}, next to the graph types they
 * configure.
 *
 * @param embedding  the graph-embedding options
 * @param inductive  fit on the reference corpus alone and embed every query inductively
 * @param saveTo     where to save the trained vectors, if anywhere
 * @param blend      weight of the vector cosine in the score, the rest going to the graph-profile cosine; the
 *                   default 1 is TDmatch's vector-only ranking: equal weights (0.5) lost 0.07 MRR@1 on corona
 *                   and gained 0.01 on politifact (single runs)
 * @param rerank     how the first-stage score and the token alignment make the final score
 *                   ({@code -Dconcord.graph.rerank=none|align|product|mean}); the default, the product, was
 *                   compared with the others on corona, politifact and abt_buy together (session 4, issue-4 notes):
 *                   the alignment alone ranks corona best but politifact worse and collapses abt_buy's F1 (its
 *                   score scale breaks the er threshold); product and mean are close; the product needs no weight
 *                   between two differently scaled scores
 * @param rerankDepth how many of the first stage's best are re-scored: 100, a cost bound (corona's vector Hits@20
 *                   is 0.98); 30 and 300 gave the same politifact figures
 */
public record GraphScorerSettings(GraphEmbeddingOptions embedding, boolean inductive, Optional<Path> saveTo, double blend,
                                  Rerank rerank, int rerankDepth) {
  public GraphScorerSettings {
    if (!(blend >= 0 && blend <= 1)) throw new IllegalArgumentException("blend must be in [0,1], was " + blend);
    if (rerankDepth < 1) throw new IllegalArgumentException("rerankDepth must be >= 1, was " + rerankDepth);
  }

  /** Reads the embedding options and the ranking settings from {@code concord.graph.*} system properties. */
  public static GraphScorerSettings fromSystemProperties(long seed) {
    PropertySettings settings = PropertySettings.system("concord.graph.");
    return new GraphScorerSettings(GraphEmbeddingOptions.from(settings, seed), settings.get("inductive", Boolean::parseBoolean, false),
        settings.optional("saveTo", Path::of), settings.get("blend", Double::parseDouble, 1.0),
        settings.get("rerank", v -> Rerank.valueOf(v.toUpperCase(Locale.ROOT)), Rerank.PRODUCT),
        settings.get("rerankDepth", Integer::parseInt, 100));
  }
}
