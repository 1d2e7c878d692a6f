package dev.concord.embeddings.strings;

/**
 * How a {@link StringModel} is trained.
 *
 * @param dim              vector dimension
 * @param bits             log2 of the number of hashed n-gram buckets
 * @param epochs           passes over the training pairs, at most
 * @param corruptionsPerEpoch strings corrupted per epoch, at most (a fresh random sample each epoch when there are more)
 * @param maxExamples      examples seen over all epochs, at most: large sources get fewer passes, so training time stays bounded
 * @param batchSize        anchors per batch; every other anchor's positive is an in-batch negative
 * @param temperature      InfoNCE temperature (SimCSE's 0.05)
 * @param learningRate     row-wise Adagrad step
 * @param hardNegatives    near-miss negatives per anchor
 * @param minMutualScore   lowest trigram cosine at which a mutual best pair between the sources becomes a positive
 * @param minMargin        how far that pair must lead each side's second best
 * @param threads          training threads (Hogwild)
 * @param seed             seed of initialisation, corruption and shuffling
 */
public record StringTrainingConfig(int dim, int bits, int epochs, int corruptionsPerEpoch, int maxExamples, int batchSize, double temperature,
    double learningRate, int hardNegatives, double minMutualScore, double minMargin, int threads, long seed) {
  public static final StringTrainingConfig DEFAULT = new StringTrainingConfig(96, 17, 4, 12_000, 40_000, 64, 0.05, 0.02, 3, 0.5,
      0.05, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), 42L);

  public StringTrainingConfig {
    if (dim < 2) throw new IllegalArgumentException("dim must be >= 2");
    if (epochs < 1 || batchSize < 2 || threads < 1) throw new IllegalArgumentException("epochs, batchSize, threads must be positive (batch >= 2)");
    if (temperature <= 0 || learningRate <= 0) throw new IllegalArgumentException("temperature and learning rate must be > 0");
  }

  public StringTrainingConfig withEpochs(int e) {
    return new StringTrainingConfig(dim, bits, e, corruptionsPerEpoch, maxExamples, batchSize, temperature, learningRate, hardNegatives, minMutualScore,
        minMargin, threads, seed);
  }

  public StringTrainingConfig withThreads(int t) {
    return new StringTrainingConfig(dim, bits, epochs, corruptionsPerEpoch, maxExamples, batchSize, temperature, learningRate, hardNegatives,
        minMutualScore, minMargin, t, seed);
  }

  public StringTrainingConfig withSeed(long s) {
    return new StringTrainingConfig(dim, bits, epochs, corruptionsPerEpoch, maxExamples, batchSize, temperature, learningRate, hardNegatives,
        minMutualScore, minMargin, threads, s);
  }
}
