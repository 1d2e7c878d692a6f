package dev.concord.embeddings.text2token;

/**
 * How a {@link Text2TokenModel} is trained.
 *
 * @param dim               dense vector dimension
 * @param bits              log2 of the number of hashed input n-gram buckets
 * @param maxVocabulary     output vocabulary words, at most
 * @param maxPieces         output vocabulary subword pieces, at most (see {@link Vocabulary})
 * @param targetsPerText    most target tokens per text (the highest-weighted)
 * @param negatives         vocabulary tokens sampled per text as the sampled-softmax negatives
 * @param stage1Epochs      passes on in-text (data-driven) targets
 * @param stage2Epochs      passes on mixed in-text and model-derived targets
 * @param maxExamples       texts seen per stage, at most: large corpora get fewer passes
 * @param learningRate      row-wise Adagrad step
 * @param sharpen           temperature applied to the contrasted stage-1 prediction (below 1 sharpens)
 * @param derivedShare      share of the stage-2 target mass on model-derived tokens
 * @param outputDerivedShare share of derived tokens in the sparse vector the trained model outputs
 * @param meanSample        texts whose predictions estimate the corpus mean
 * @param threads           training threads (Hogwild)
 * @param seed              seed of initialisation, sampling and shuffling
 */
public record Text2TokenConfig(int dim, int bits, int maxVocabulary, int maxPieces, int targetsPerText, int negatives,
    int stage1Epochs, int stage2Epochs, int maxExamples, double learningRate, double sharpen, double derivedShare,
    double outputDerivedShare, int meanSample, int threads, long seed) {
  public static final Text2TokenConfig DEFAULT = new Text2TokenConfig(64, 18, 16_384, 16_384, 32, 96, 3, 2, 40_000, 0.05, 0.5,
      0.5, 0.0, 2000, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), 42L);

  public Text2TokenConfig {
    if (dim < 2 || maxVocabulary < 2 || maxPieces < 0 || targetsPerText < 1 || negatives < 1) throw new IllegalArgumentException("sizes must be positive");
    if (stage1Epochs < 1 || stage2Epochs < 0 || threads < 1) throw new IllegalArgumentException("epochs and threads must be positive");
    if (sharpen <= 0 || derivedShare < 0 || derivedShare > 1) throw new IllegalArgumentException("sharpen > 0 and derivedShare in [0,1]");
  }

  public Text2TokenConfig withThreads(int t) {
    return new Text2TokenConfig(dim, bits, maxVocabulary, maxPieces, targetsPerText, negatives, stage1Epochs, stage2Epochs,
        maxExamples, learningRate, sharpen, derivedShare, outputDerivedShare, meanSample, t, seed);
  }

  public Text2TokenConfig withBits(int b) {
    return new Text2TokenConfig(dim, b, maxVocabulary, maxPieces, targetsPerText, negatives, stage1Epochs, stage2Epochs,
        maxExamples, learningRate, sharpen, derivedShare, outputDerivedShare, meanSample, threads, seed);
  }
}
