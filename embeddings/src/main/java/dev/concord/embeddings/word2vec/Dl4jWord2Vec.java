package dev.concord.embeddings.word2vec;

import dev.concord.graph.walk.Walks;
import org.deeplearning4j.models.embeddings.learning.impl.elements.SkipGram;
import org.deeplearning4j.models.embeddings.loader.VectorsConfiguration;
import org.deeplearning4j.models.sequencevectors.SequenceVectors;
import org.deeplearning4j.models.sequencevectors.interfaces.SequenceIterator;
import org.deeplearning4j.models.sequencevectors.sequence.Sequence;
import org.deeplearning4j.models.word2vec.VocabWord;
import org.deeplearning4j.models.word2vec.wordstore.inmemory.AbstractCache;

/**
 * Skip-gram with negative sampling by DL4J's {@code SequenceVectors} (deeplearning4j-nlp), fed the walks
 * directly as sequences of node labels, without text tokenisation. The first use loads ND4J's native backend,
 * which takes a few seconds.
 */
public final class Dl4jWord2Vec implements WalkEncoder {
  @Override
  public String name() { return "dl4j"; }

  @Override
  public VectorTable encode(Walks walks, Word2VecOptions o) {
    AbstractCache<VocabWord> vocab = new AbstractCache.Builder<VocabWord>().build();
    SequenceVectors<VocabWord> model = new SequenceVectors.Builder<VocabWord>(new VectorsConfiguration())
        .iterate(new WalkIterator(walks))
        .vocabCache(vocab)
        .minWordFrequency(1)
        .layerSize(o.dimensions())
        .windowSize(o.window())
        .negativeSample(o.negative())
        .useHierarchicSoftmax(false)
        .sampling(o.sample())
        .epochs(o.epochs())
        .iterations(1)
        .learningRate(o.learningRate())
        .minLearningRate(o.learningRate() * 1e-4)
        .workers(o.threads())
        .seed(o.seed())
        .elementsLearningAlgorithm(new SkipGram<VocabWord>())
        .trainElementsRepresentation(true)
        .trainSequencesRepresentation(false)
        .build();
    model.fit();
    int n = walks.nodeCount();
    float[] data = new float[n * o.dimensions()];
    for (int v = 0; v < n; v++) {
      String label = Integer.toString(v);
      if (!vocab.containsWord(label)) continue;
      double[] vec = model.getWordVector(label);
      for (int k = 0; k < o.dimensions(); k++) data[v * o.dimensions() + k] = (float) vec[k];
    }
    return new VectorTable(data, n, o.dimensions());
  }

  /** The walks as DL4J sequences, one element per visited node, labelled by its index. */
  private static final class WalkIterator implements SequenceIterator<VocabWord> {
    private final Walks walks;
    private int next;

    WalkIterator(Walks walks) {
      this.walks = walks;
    }

    @Override
    public boolean hasMoreSequences() { return next < walks.count(); }

    @Override
    public Sequence<VocabWord> nextSequence() {
      int w = next++;
      Sequence<VocabWord> s = new Sequence<>();
      for (int i = 0; i < walks.length(w); i++) s.addElement(new VocabWord(1.0, Integer.toString(walks.node(w, i))));
      s.setSequenceId(w);
      return s;
    }

    @Override
    public void reset() { next = 0; }
  }
}
