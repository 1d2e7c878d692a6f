package dev.concord.embeddings.graph;

import dev.concord.embeddings.word2vec.Word2VecOptions;
import dev.concord.graph.build.TokenizerOptions;
import dev.concord.graph.compress.CompressOptions;
import dev.concord.graph.walk.WalkOptions;
import dev.concord.graph.walk.WalkStarts;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

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
}
