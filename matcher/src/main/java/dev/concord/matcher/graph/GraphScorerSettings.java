package dev.concord.matcher.graph;

import dev.concord.embeddings.graph.GraphEmbeddingOptions;
import dev.concord.embeddings.word2vec.Word2VecOptions;
import dev.concord.graph.build.TokenizerOptions;
import dev.concord.graph.compress.CompressOptions;
import dev.concord.graph.compress.OneSidedTokens;
import dev.concord.graph.walk.WalkOptions;
import dev.concord.graph.walk.WalkStarts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The graph scorer's settings, read from {@code concord.graph.*} system properties so that ablations run from
 * the command line ({@code CONCORD_JAVA_OPTS="-Dconcord.graph.expand=false"}); anything not set keeps its
 * default.
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

  private static final String PREFIX = "concord.graph.";

  /**
   * Walk tokens the skip-gram trainer is given by default: walks per node = clamp(budget / (start nodes x length),
   * 20, 100), 100 being TDmatch's default (and its corona setting). The budget is a time budget: politifact's
   * training CPU time of session 2 (about 85 CPU s for 11.5 M walk tokens at 20 walks per node), spent by the
   * session-3 trainer, which does about 320 k walk tokens per CPU second on politifact's graph (64 dimensions,
   * 2 threads, this 2-core machine): 28 M tokens, so politifact (23 k nodes after compression) gets 48 walks per
   * node and its training CPU stays where it was (84-92 CPU s measured); politifact end to end took 3 min 47 s
   * (126 CPU s) at load 8 on 2 cores, inside its 4-minute target. Corona (13.4 k nodes) gets 83. Graphs above
   * 56 k nodes keep the floor of 20 walks and simply train faster than before.
   * {@code -Dconcord.graph.walkBudget=0} turns it off ({@code walks} walks from every node, as before session 3).
   */
  static final long WALK_TOKEN_BUDGET = 28_000_000L;

  public static GraphScorerSettings fromSystemProperties(long seed) {
    int threads = get("threads", Integer::parseInt, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    TokenizerOptions tokens = new TokenizerOptions(get("ngrams", Integer::parseInt, 3), get("attributeValues", Boolean::parseBoolean, true));
    boolean compress = get("compress", Boolean::parseBoolean, true);
    CompressOptions c = compress
        ? new CompressOptions(get("maxDf", Double::parseDouble, 0.5), get("oneSided", v -> switch (v) {
              case "keep" -> OneSidedTokens.KEEP;
              case "drop" -> OneSidedTokens.DROP;
              case "queries" -> OneSidedTokens.KEEP_LAST_CORPUS;
              default -> throw new IllegalArgumentException("oneSided must be keep, drop or queries");
            }, OneSidedTokens.KEEP_LAST_CORPUS),
            get("dropDegreeOne", Boolean::parseBoolean, true), get("bridge", Boolean::parseBoolean, true))
        : CompressOptions.NONE;
    int minWalks = get("walks", Integer::parseInt, 20);
    WalkOptions walks = new WalkOptions(minWalks, get("length", Integer::parseInt, 25),
        get("weighted", Boolean::parseBoolean, true), threads, seed, get("walkBudget", Long::parseLong, WALK_TOKEN_BUDGET),
        get("maxWalks", Integer::parseInt, Math.max(minWalks, 100)));
    WalkStarts starts = get("walkFrom", v -> switch (v) {
      case "all" -> WalkStarts.EVERY_NODE;
      case "items" -> WalkStarts.ITEMS_AND_NUMBERS;
      default -> throw new IllegalArgumentException("walkFrom must be all or items");
    }, WalkStarts.EVERY_NODE);
    Word2VecOptions w2v = new Word2VecOptions(get("dims", Integer::parseInt, 64), get("window", Integer::parseInt, 3),
        get("negative", Integer::parseInt, 5), get("epochs", Integer::parseInt, 1), 0.025, get("sample", Double::parseDouble, 1e-3),
        threads, seed);
    GraphEmbeddingOptions o = new GraphEmbeddingOptions(tokens, get("expand", Boolean::parseBoolean, true),
        Optional.ofNullable(System.getProperty(PREFIX + "synonyms")).map(Path::of), c, walks, starts, w2v,
        get("encoder", Function.identity(), "sgns"), Optional.ofNullable(System.getProperty(PREFIX + "walksFile")).map(Path::of));
    return new GraphScorerSettings(o, get("inductive", Boolean::parseBoolean, false),
        Optional.ofNullable(System.getProperty(PREFIX + "saveTo")).map(Path::of), get("blend", Double::parseDouble, 1.0),
        get("rerank", v -> Rerank.valueOf(v.toUpperCase(Locale.ROOT)), Rerank.PRODUCT), get("rerankDepth", Integer::parseInt, 100));
  }

  private static <T> T get(String key, Function<String, T> parse, T fallback) {
    String raw = System.getProperty(PREFIX + key);
    if (raw == null || raw.isBlank()) return fallback;
    try {
      return parse.apply(raw.strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("system property " + PREFIX + key + "=" + raw + " is not valid: " + e.getMessage(), e);
    }
  }
}
