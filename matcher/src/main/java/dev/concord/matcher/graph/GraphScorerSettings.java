package dev.concord.matcher.graph;

import dev.concord.core.settings.PropertySettings;
import dev.concord.embeddings.graph.GraphEmbeddingOptions;
import dev.concord.embeddings.graph.Saturation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The graph scorer's settings, read from {@code concord.graph.*} system properties so that ablations run from
 * the command line ({@code CONCORD_JAVA_OPTS="-Dconcord.graph.expand=false"}); anything not set keeps its
 * default. The embedding's own keys are read by {@link GraphEmbeddingOptions#from}, next to the graph types they
 * configure.
 *
 * @param members    the graph-embedding options of each member of the ensemble, the first with the fit's seed and
 *                   each next one with the seed plus its index (everything else equal)
 * @param inductive  fit on the reference corpus alone and embed every query inductively
 * @param saveTo     where to save the trained vectors, if anywhere (the first member's there, member i's at the same
 *                   path with {@code .i} appended)
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
 * @param relevance  BM25's saturation for the token evidence ({@code -Dconcord.graph.relevance=bm25|none}): with it
 *                   (the default, Robertson's k1 1.2 and b 0.75), the rule is given, for a free-text query, the
 *                   alignment's recall times its BM25-saturated score
 *                   ({@link dev.concord.embeddings.graph.TokenAlignment.Query#saturated}); without it, and for a
 *                   table row as query, the recall alone (session 4's ranking)
 * @param weighFactors weigh the product rule's three factors for free-text queries by their reliability estimated
 *                   without labels from the query corpus ({@code -Dconcord.graph.weights=agreement|equal}, default
 *                   agreement; see {@link EmbeddingRanker#estimateWeights}); equal is the plain product
 */
public record GraphScorerSettings(List<GraphEmbeddingOptions> members, boolean inductive, Optional<Path> saveTo, double blend,
                                  Rerank rerank, int rerankDepth, Optional<Saturation> relevance, boolean weighFactors) {
  /**
   * Ensemble members trained by default ({@code -Dconcord.graph.members=N}): 1, TDmatch's single embedding. Two
   * members (session 5, issue-4 notes) rank corona better (fresh runs under session 4's rule: MRR@1 0.709-0.713
   * against 0.693) but politifact only within the training noise, and under the landed rule (BM25 relevance,
   * expansion-joined tokens) pairs of saved members were no steadier on politifact than single ones (MRR@1
   * 0.469-0.475 against 0.469-0.479), so the default stays one; the fit costs one training per member.
   */
  public static final int DEFAULT_MEMBERS = 1;

  public GraphScorerSettings {
    members = List.copyOf(members);
    if (members.isEmpty()) throw new IllegalArgumentException("at least one ensemble member is needed");
    if (!(blend >= 0 && blend <= 1)) throw new IllegalArgumentException("blend must be in [0,1], was " + blend);
    if (rerankDepth < 1) throw new IllegalArgumentException("rerankDepth must be >= 1, was " + rerankDepth);
    Objects.requireNonNull(relevance, "relevance");
  }

  /** The first member's embedding options. */
  public GraphEmbeddingOptions embedding() { return members.get(0); }

  /** Reads the embedding options and the ranking settings from {@code concord.graph.*} system properties. */
  public static GraphScorerSettings fromSystemProperties(long seed) {
    PropertySettings settings = PropertySettings.system("concord.graph.");
    int n = settings.get("members", Integer::parseInt, DEFAULT_MEMBERS);
    if (n < 1) throw new IllegalArgumentException("members must be >= 1, was " + n);
    List<GraphEmbeddingOptions> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) members.add(GraphEmbeddingOptions.from(settings, seed + i));
    return new GraphScorerSettings(members, settings.get("inductive", Boolean::parseBoolean, false),
        settings.optional("saveTo", Path::of), settings.get("blend", Double::parseDouble, 1.0),
        settings.get("rerank", v -> Rerank.valueOf(v.toUpperCase(Locale.ROOT)), Rerank.PRODUCT),
        settings.get("rerankDepth", Integer::parseInt, 100),
        settings.choice("relevance", Map.of("bm25", Optional.of(Saturation.ROBERTSON), "none", Optional.<Saturation>empty()),
            Optional.of(Saturation.ROBERTSON)),
        settings.choice("weights", Map.of("agreement", true, "equal", false), true));
  }
}
