package dev.concord.matcher.graph;

import dev.concord.core.Corpus;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.embeddings.graph.EmbeddingStore;
import dev.concord.embeddings.graph.GraphEmbedder;
import dev.concord.embeddings.graph.GraphEmbedding;
import dev.concord.embeddings.graph.GraphEmbeddingOptions;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.Scorer;
import dev.concord.matcher.models.Fingerprint;
import dev.concord.matcher.models.ModelCodec;
import dev.concord.matcher.models.ModelKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks by the cosine of graph-embedding vectors, the matching step of TDmatch ("Unsupervised Matching of
 * Data and Text", ICDE 2022): one graph over the reference and query corpora, random walks, skip-gram
 * vectors; queries known at fit time use their own node vectors, later ones are embedded inductively. The best
 * 100 by cosine are then re-scored by the cosine times a BERTScore-style soft alignment of the query's tokens
 * over the same graph's token vectors ({@link dev.concord.embeddings.graph.TokenAlignment}), which keeps the
 * tokens that tell sibling rows apart from being averaged away, and times the same tokens scored as BM25 scores
 * them (term-frequency saturation and length normalisation, {@code -Dconcord.graph.relevance}), which prefers the
 * reference that holds them strongly over one that mentions them once among much else (free-text queries only).
 * The three factors are weighed by their reliability, estimated without labels from how often each alone would
 * rank the same reference first over the query corpus known at fit time ({@code -Dconcord.graph.weights}; with no
 * free-text queries at fit time, as in a service fitted on its reference alone, they weigh equally).
 * With {@code -Dconcord.graph.members=N}, N embeddings of the same graph are trained with different seeds and the
 * ranker averages their cosines and alignments (an ensemble, see {@link EmbeddingRanker}), which steadies the
 * seed-to-seed variance of a single training.
 */
public final class GraphScorer implements Scorer {
  public static final String NAME = "graph";
  /** Bump the revision when graph building or training changes, so that saved embeddings are not reused. */
  private static final String MODEL_KIND = "graph-embedding.r2";
  private static final System.Logger LOG = System.getLogger(GraphScorer.class.getName());

  private final boolean weighFactors;

  /** The graph scorer as {@code concord.graph.*} properties configure it. */
  public GraphScorer() {
    this(true);
  }

  /**
   * @param weighFactors false keeps the plain product of the three factors whatever {@code -Dconcord.graph.weights}
   *                     says: for a caller that weighs the graph's scores against other rankers itself
   */
  public GraphScorer(boolean weighFactors) {
    this.weighFactors = weighFactors;
  }

  @Override
  public String name() { return NAME; }

  @Override
  public FittedScorer fit(Corpus reference, Corpus queries, FitContext context) {
    GraphScorerSettings settings = GraphScorerSettings.fromSystemProperties(context.seed());
    TextAnalyzer analyzer = new TextAnalyzer();
    List<Corpus> corpora = settings.inductive() || queries.size() == 0 || queries.name().equals(reference.name())
        ? List.of(reference) : List.of(reference, queries);
    List<GraphEmbedding> members = new ArrayList<>();
    for (int i = 0; i < settings.members().size(); i++) {
      GraphEmbeddingOptions options = settings.members().get(i);
      Fingerprint inputs = new Fingerprint().add(options.toString());
      corpora.forEach(inputs::add);
      GraphEmbedding embedding = context.models().loadOrTrain(new ModelKey(MODEL_KIND, inputs.hex()), codec(analyzer),
          () -> train(analyzer, corpora, options, context));
      int member = i;
      settings.saveTo().ifPresent(p -> EmbeddingStore.save(embedding, member == 0 ? p : Path.of(p + "." + member)));
      members.add(embedding);
    }
    EmbeddingRanker ranker = new EmbeddingRanker(members, reference, settings.blend(), settings.rerank(),
        settings.rerankDepth(), settings.relevance());
    if (!weighFactors || !settings.weighFactors()) return ranker;
    EvidenceWeights weights = ranker.estimateWeights(queries.items(), context.seed());
    LOG.log(System.Logger.Level.INFO, "graph scorer factor weights on {0}: {1}", queries.name(), weights);
    return weights.equals(EvidenceWeights.EQUAL) ? ranker : ranker.weighted(weights);
  }

  private static GraphEmbedding train(TextAnalyzer analyzer, List<Corpus> corpora, GraphEmbeddingOptions options,
                                      FitContext context) {
    context.progress().start("graph embedding of " + corpora.get(0).name(), 0);
    GraphEmbedder.Result result = new GraphEmbedder(analyzer).fit(corpora, options);
    context.progress().done();
    int epochs = options.word2vec().epochs();
    LOG.log(System.Logger.Level.INFO, "graph scorer on {0}: {1}; {2} walk tokens/s, {3} per CPU second ({4})", corpora.get(0).name(),
        result.report(), Math.round(result.report().walkTokensPerSecond(epochs)),
        Math.round(result.report().walkTokensPerCpuSecond(epochs)), options);
    return result.embedding();
  }

  private static ModelCodec<GraphEmbedding> codec(TextAnalyzer analyzer) {
    return ModelCodec.of(EmbeddingStore::save, file -> EmbeddingStore.load(file, analyzer));
  }
}
