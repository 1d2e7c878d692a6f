package dev.concord.embeddings.word2vec;

/**
 * Skip-gram with negative sampling, as in word2vec (Mikolov et al., 2013) and gensim.
 *
 * @param dimensions   vector size
 * @param window       largest distance between a node and a context node (each step draws a smaller one)
 * @param negative     noise samples per positive pair
 * @param epochs       passes over the walks
 * @param learningRate starting rate, decayed linearly to 0.0001 of it (gensim: 0.025)
 * @param sample       down-sampling threshold of frequent nodes (gensim: 1e-3; 0 turns it off)
 * @param threads      worker threads
 * @param seed         random seed (one thread gives identical vectors run to run)
 */
public record Word2VecOptions(int dimensions, int window, int negative, int epochs, double learningRate, double sample, int threads, long seed) {
  public Word2VecOptions {
    if (dimensions < 1) throw new IllegalArgumentException("dimensions must be >= 1, was " + dimensions);
    if (window < 1) throw new IllegalArgumentException("window must be >= 1, was " + window);
    if (negative < 1) throw new IllegalArgumentException("negative must be >= 1, was " + negative);
    if (epochs < 1) throw new IllegalArgumentException("epochs must be >= 1, was " + epochs);
    if (!(learningRate > 0)) throw new IllegalArgumentException("learningRate must be > 0, was " + learningRate);
    if (sample < 0) throw new IllegalArgumentException("sample must be >= 0, was " + sample);
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
  }
}
