package dev.concord.embeddings.graph;

import dev.concord.core.settings.PropertySettings;
import dev.concord.embeddings.word2vec.Word2VecOptions;
import dev.concord.graph.build.TokenizerOptions;
import dev.concord.graph.compress.CompressOptions;
import dev.concord.graph.compress.OneSidedTokens;
import dev.concord.graph.walk.WalkOptions;
import dev.concord.graph.walk.WalkStarts;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything that shapes a graph embedding.
 *
 * @param tokenizer  how items become tokens
 * @param expand     run the built-in expanders (near-duplicates, abbreviations, number buckets)
 * @param synonyms   an optional synonyms file, linked in when present
 * @param compress   what compression removes
 * @param walks      how many walks, how long, weighted or not
 * @param starts     which nodes the walks start from
 * @param word2vec   skip-gram settings
 * @param encoder    {@code sgns} (plain-Java skip-gram) or {@code dl4j} (DL4J SequenceVectors)
 * @param walksFile  where to write the walks as text (to train other word2vec tools on them), if anywhere
 */
public record GraphEmbeddingOptions(TokenizerOptions tokenizer, boolean expand, Optional<Path> synonyms, CompressOptions compress,
    WalkOptions walks, WalkStarts starts, Word2VecOptions word2vec, String encoder, Optional<Path> walksFile) {
  public GraphEmbeddingOptions {
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(synonyms, "synonyms");
    Objects.requireNonNull(compress, "compress");
    Objects.requireNonNull(walks, "walks");
    Objects.requireNonNull(starts, "starts");
    Objects.requireNonNull(word2vec, "word2vec");
    Objects.requireNonNull(walksFile, "walksFile");
    if (!encoder.equals("sgns") && !encoder.equals("dl4j")) {
      throw new IllegalArgumentException("encoder must be sgns or dl4j, was '" + encoder + "'");
    }
  }

  /**
   * Walk tokens the skip-gram trainer is given by default: walks per node = clamp(budget / (start nodes x length),
   * 20, 100), 100 being TDmatch's default (and its corona setting). The budget is a time budget: politifact's
   * training CPU time of session 2 (about 85 CPU s for 11.5 M walk tokens at 20 walks per node), spent by the
   * session-3 trainer, which does about 320 k walk tokens per CPU second on politifact's graph (64 dimensions,
   * 2 threads, this 2-core machine): 28 M tokens, so politifact (23 k nodes after compression) gets 48 walks per
   * node and its training CPU stays where it was (84-92 CPU s measured); politifact end to end took 3 min 47 s
   * (126 CPU s) at load 8 on 2 cores, inside its 4-minute target. Corona (13.4 k nodes) gets 83. Graphs above
   * 56 k nodes keep the floor of 20 walks and simply train faster than before.
   * {@code walkBudget=0} turns it off ({@code walks} walks from every node, as before session 3).
   */
  public static final long WALK_TOKEN_BUDGET = 28_000_000L;

  /**
   * The defaults (TDmatch's where a measurement did not say otherwise, see docs/notes/issue-4-graph.md), each
   * overridable by a key under {@code settings}' prefix: {@code ngrams attributeValues compress maxDf oneSided
   * dropDegreeOne bridge walks length weighted walkBudget maxWalks walkFrom dims window negative epochs sample
   * threads expand synonyms encoder walksFile}.
   */
  public static GraphEmbeddingOptions from(PropertySettings settings, long seed) {
    int threads = settings.get("threads", Integer::parseInt, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    TokenizerOptions tokens = new TokenizerOptions(settings.get("ngrams", Integer::parseInt, 3),
        settings.get("attributeValues", Boolean::parseBoolean, true));
    CompressOptions c = settings.get("compress", Boolean::parseBoolean, true)
        ? new CompressOptions(settings.get("maxDf", Double::parseDouble, 0.5), settings.choice("oneSided",
            Map.of("keep", OneSidedTokens.KEEP, "drop", OneSidedTokens.DROP, "queries", OneSidedTokens.KEEP_LAST_CORPUS),
            OneSidedTokens.KEEP_LAST_CORPUS),
            settings.get("dropDegreeOne", Boolean::parseBoolean, true), settings.get("bridge", Boolean::parseBoolean, true))
        : CompressOptions.NONE;
    int minWalks = settings.get("walks", Integer::parseInt, 20);
    WalkOptions walks = new WalkOptions(minWalks, settings.get("length", Integer::parseInt, 25),
        settings.get("weighted", Boolean::parseBoolean, true), threads, seed,
        settings.get("walkBudget", Long::parseLong, WALK_TOKEN_BUDGET), settings.get("maxWalks", Integer::parseInt, Math.max(minWalks, 100)));
    WalkStarts starts = settings.choice("walkFrom", Map.of("all", WalkStarts.EVERY_NODE, "items", WalkStarts.ITEMS_AND_NUMBERS),
        WalkStarts.EVERY_NODE);
    Word2VecOptions w2v = new Word2VecOptions(settings.get("dims", Integer::parseInt, 64), settings.get("window", Integer::parseInt, 3),
        settings.get("negative", Integer::parseInt, 5), settings.get("epochs", Integer::parseInt, 1), 0.025,
        settings.get("sample", Double::parseDouble, 1e-3), threads, seed);
    return new GraphEmbeddingOptions(tokens, settings.get("expand", Boolean::parseBoolean, true),
        settings.optional("synonyms", Path::of), c, walks, starts, w2v, settings.get("encoder", Function.identity(), "sgns"),
        settings.optional("walksFile", Path::of));
  }
}
