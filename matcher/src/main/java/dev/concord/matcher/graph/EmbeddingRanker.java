package dev.concord.matcher.graph;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import dev.concord.core.Ranking;
import dev.concord.embeddings.graph.GraphEmbedding;
import dev.concord.embeddings.graph.Saturation;
import dev.concord.embeddings.graph.TokenAlignment;
import dev.concord.embeddings.word2vec.VectorTable;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.TopK;
import dev.concord.matcher.fusion.AgreementWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Ranks reference items in two stages. First by a blend of two graph similarities: the cosine of the skip-gram
 * vectors (TDmatch's score, clipped at 0) and the cosine of the items' one-step graph profiles (see
 * {@link dev.concord.embeddings.graph.TokenProfiles}), weighted {@code blend} and {@code 1 - blend}, compared
 * exhaustively (a few thousand to tens of thousands of dot products per query). Then the best {@code depth} of
 * that ranking are re-scored with the soft token alignment ({@link TokenAlignment}) as {@link Rerank} says, the
 * query's tokens weighted by their idf among the references ({@link ReferenceIdf}). With a {@code relevance}
 * saturation, the token evidence the rule combines for a free-text query (a claim, a spine's OCR) is the
 * alignment's recall times its BM25-saturated score ({@link TokenAlignment.Query#saturated}): how much of the query
 * the reference covers, and how strongly. A table row as query keeps the recall alone: BM25's length normalisation
 * models a document's verbosity against a short query, while two records of one entity are descriptions of like
 * length, and a longer record is not a weaker match (measured: on abt_buy it cost the graph row 0.12 F1).
 *
 * <p>For free-text queries under the product rule the three factors (cosine, recall, relevance) can be weighed
 * ({@link #weighted}): each is raised to a weight ({@link EvidenceWeights}) estimated without labels by
 * {@link #estimateWeights}, which treats each factor alone as a ranker of the pool and weighs it by the log-odds of
 * the top-1 accuracy its agreements with the other two imply ({@link AgreementWeights}, Platanios et al. 2014). The
 * three are not independent (recall and relevance score the same tokens), so the estimate over-rates the two that
 * agree most; it is read as an order of reliability. Measured (session 6, issue-4 notes) on saved vectors of both
 * text sets: the vector cosine, which carries the training noise, gets the lowest weight (0.77 of 3 on politifact,
 * 0.16 on corona) and the recall the highest, and MRR@1 rose on every model of both sets.
 *
 * <p>Given several embeddings of the same graph, trained with different seeds (an ensemble), the vector cosine
 * and the alignment are each the mean over the members before they are combined: averaging independently
 * trained estimates of the same similarity lowers its variance (bagging, Breiman 1996; for word vectors, the
 * seed-to-seed instability of skip-gram neighbourhoods, Wendlandt et al., NAACL 2018, and Antoniak &amp; Mimno,
 * TACL 2018, who average over bootstrap trainings). The profile cosine is a property of the graph, the same for all.
 */
final class EmbeddingRanker implements FittedScorer {
  /** One trained embedding and what is derived from it for the references. */
  private static final class Member {
    final GraphEmbedding model;
    final TokenAlignment alignment;
    final List<TokenAlignment.Bag> bags = new ArrayList<>();
    /** Per member, as its token table numbers the tokens in its own order; the counts are the same for all. */
    final ReferenceIdf referenceIdf;
    float[] matrix;

    Member(GraphEmbedding model, int capacity) {
      this.model = model;
      this.alignment = new TokenAlignment(model);
      this.referenceIdf = new ReferenceIdf(alignment.vocabularySize(), alignment::inflectionClass);
      this.matrix = new float[Math.max(1, capacity) * model.dimensions()];
    }
  }

  private final List<Member> members;
  private final Member first;
  private final double blend;
  private final Rerank rerank;
  private final int depth;
  private final Optional<Saturation> relevance;
  private final EvidenceWeights weights;
  private final int dims;
  private final List<String> ids;
  private final ProfileIndex index;
  private final ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[0]);

  /**
   * Members must embed the same graph (same tokenizer, tokens and profiles) in the same number of dimensions.
   *
   * @param relevance BM25's saturation for the token evidence, or empty for the alignment's recall alone
   */
  EmbeddingRanker(List<GraphEmbedding> models, Corpus reference, double blend, Rerank rerank, int depth,
                  Optional<Saturation> relevance) {
    if (models.isEmpty()) throw new IllegalArgumentException("no embedding to rank with");
    this.dims = models.get(0).dimensions();
    for (GraphEmbedding m : models) {
      if (m.dimensions() != dims) throw new IllegalArgumentException("ensemble members differ in dimensions");
    }
    this.members = models.stream().map(m -> new Member(m, reference.size())).toList();
    this.first = members.get(0);
    this.blend = blend;
    this.rerank = rerank;
    this.depth = depth;
    this.relevance = relevance;
    this.weights = EvidenceWeights.EQUAL;
    this.ids = new ArrayList<>();
    this.index = new ProfileIndex();
    for (Item item : reference) add(item);
  }

  private EmbeddingRanker(EmbeddingRanker other, EvidenceWeights weights) {
    this.members = other.members;
    this.first = other.first;
    this.blend = other.blend;
    this.rerank = other.rerank;
    this.depth = other.depth;
    this.relevance = other.relevance;
    this.dims = other.dims;
    this.ids = other.ids;
    this.index = other.index;
    this.weights = weights;
  }

  private void add(Item item) {
    int row = ids.size();
    for (Member m : members) {
      if ((row + 1) * dims > m.matrix.length) m.matrix = Arrays.copyOf(m.matrix, Math.max((row + 1) * dims, m.matrix.length * 2));
      float[] u = VectorTable.unit(m.model.embed(item).orElseGet(() -> new float[dims]));
      System.arraycopy(u, 0, m.matrix, row * dims, dims);
      TokenAlignment.Bag bag = m.alignment.bag(item);
      m.bags.add(bag);
      m.referenceIdf.add(bag);
    }
    index.add(row, first.model.profile(item));
    ids.add(item.id());
  }

  @Override
  public synchronized void addReference(Item item) {
    add(item);
  }

  @Override
  public String method() { return GraphScorer.NAME + "/" + first.model.modelVersion(); }

  @Override
  public Ranking rank(Item query, int k) {
    Optional<Pool> scored = pool(query, k);
    if (scored.isEmpty()) return new Ranking(query.id(), List.of());
    Pool p = scored.get();
    EvidenceWeights w = p.relevance() ? weights : EvidenceWeights.EQUAL;
    double[] evidence = new double[p.size()];
    TopK second = new TopK(Math.min(k, p.size()));
    for (int i = 0; i < p.size(); i++) {
      if (rerank != Rerank.NONE) evidence[i] = p.relevance() ? w.evidence(p.recall()[i], p.relevant()[i]) : p.recall()[i];
      second.offer(i, rerank.combine(w.first(p.first()[i]), evidence[i]));
    }
    int[] order = second.indicesDescending();
    double[] scores = second.scoresDescending();
    List<Candidate> out = new ArrayList<>(order.length);
    for (int j = 0; j < order.length; j++) {
      int i = order[j];
      int r = p.references()[i];
      Map<String, Double> features = new LinkedHashMap<>();
      double cosine = vectorCosine(p.vectors(), r);
      features.put("vectorCosine", cosine);
      features.put("pathCosine", (double) p.paths()[r]);
      features.put("tokenAlignment", p.recall()[i]);
      if (p.relevance()) features.put("tokenRelevance", p.relevant()[i]);
      // the first stage's parts scaled as its weight scales their sum, so that the contributions add up to the score
      double scale = p.first()[i] > 0 ? w.first(p.first()[i]) / p.first()[i] : 0;
      Map<String, Double> contributions = rerank.contributions(scale * blend * cosine, scale * (1 - blend) * p.paths()[r], evidence[i]);
      // the query tokens the reference holds (as they are or inflected), the heaviest (idf) first: what the
      // alignment rewards most
      List<String> shared = p.aligned().get(0).matches(first.bags.get(r)).stream()
          .filter(TokenAlignment.Match::held).map(TokenAlignment.Match::queryToken).limit(10).toList();
      out.add(new Candidate(ids.get(r), Math.max(0.0, Math.min(1.0, scores[j])), new Explanation(features, contributions, shared)));
    }
    return new Ranking(query.id(), out);
  }

  /**
   * A query's first-stage pool and each pooled reference's evidence: {@code references[i]} is the i-th best of the
   * first stage, with first-stage score {@code first[i]}, alignment recall {@code recall[i]} and, where
   * {@code relevance}, BM25-saturated relevance {@code relevant[i]}; {@code paths} are the profile cosines of every
   * reference.
   */
  private record Pool(int[] references, double[] first, double[] recall, double[] relevant, boolean relevance,
                      float[][] vectors, float[] paths, List<TokenAlignment.Query> aligned) {
    int size() { return references.length; }
  }

  private Optional<Pool> pool(Item query, int k) {
    Map<String, Float> profile = first.model.profile(query);
    int n = ids.size();
    List<Optional<float[]>> vs = members.stream().map(m -> m.model.embed(query)).toList();
    if ((vs.stream().allMatch(Optional::isEmpty) && profile.isEmpty()) || n == 0) return Optional.empty();
    float[][] q = new float[members.size()][];
    for (int j = 0; j < q.length; j++) q[j] = VectorTable.unit(vs.get(j).orElseGet(() -> new float[dims]));
    // reused per thread: the pool's profile cosines are valid until the thread's next pool
    float[] acc = scratch.get();
    if (acc.length < n) acc = new float[n];
    Arrays.fill(acc, 0, n, 0f);
    scratch.set(acc);
    index.accumulate(profile, acc);
    TopK top = new TopK(rerank == Rerank.NONE ? k : Math.max(k, depth));
    for (int r = 0; r < n; r++) top.offer(r, blend * vectorCosine(q, r) + (1 - blend) * acc[r]);
    int[] pool = top.indicesDescending();
    double[] firstScores = top.scoresDescending();
    List<TokenAlignment.Query> aligned = new ArrayList<>(members.size());
    for (Member m : members) aligned.add(m.alignment.query(m.referenceIdf.weigh(m.alignment.bag(query))));
    boolean scoreRelevance = relevance.isPresent() && query.kind() != ItemKind.ROW;
    double[] align = new double[pool.length];
    double[] relevant = new double[pool.length];
    if (rerank != Rerank.NONE) {
      for (int i = 0; i < pool.length; i++) {
        for (int j = 0; j < members.size(); j++) {
          Member m = members.get(j);
          TokenAlignment.Bag bag = m.bags.get(pool[i]);
          if (scoreRelevance) {
            TokenAlignment.Evidence e = aligned.get(j).evidence(bag, relevance.get(), m.referenceIdf.meanLength());
            align[i] += e.recall();
            relevant[i] += e.relevance();
          } else {
            align[i] += aligned.get(j).recall(bag);
          }
        }
        align[i] /= members.size();
        relevant[i] /= members.size();
      }
    }
    return Optional.of(new Pool(pool, firstScores, align, relevant, scoreRelevance, q, acc, aligned));
  }

  /**
   * The weights of the three factors estimated, without labels, from how often each factor alone would rank the same
   * reference first ({@link AgreementWeights}) over the given queries' pools; {@link EvidenceWeights#EQUAL} when the
   * rule is not the product, no relevance is scored, or no query is a free text.
   */
  EvidenceWeights estimateWeights(List<Item> queries, long seed) {
    if (rerank != Rerank.PRODUCT || relevance.isEmpty()) return EvidenceWeights.EQUAL;
    List<Item> sample = AgreementWeights.sample(queries.stream().filter(q -> q.kind() != ItemKind.ROW).toList(), seed);
    if (sample.isEmpty()) return EvidenceWeights.EQUAL;
    String[][] top = new String[3][sample.size()];
    IntStream.range(0, sample.size()).parallel().forEach(s -> pool(sample.get(s), 1).ifPresent(p -> {
      top[0][s] = ids.get(p.references()[argmax(p.first())]);
      top[1][s] = ids.get(p.references()[argmax(p.recall())]);
      top[2][s] = ids.get(p.references()[argmax(p.relevant())]);
    }));
    boolean[][] usable = new boolean[3][3];
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) usable[i][j] = i != j;
    double[] w = AgreementWeights.fromTopChoices(top, usable);
    return EvidenceWeights.normalised(w[0], w[1], w[2]);
  }

  /**
   * This ranker with other factor weights. The two share their references (vectors, bags, ids), so a reference
   * added to one is ranked by both; they are not meant to take additions concurrently.
   */
  EmbeddingRanker weighted(EvidenceWeights w) {
    return new EmbeddingRanker(this, w);
  }

  private static int argmax(double[] x) {
    int best = 0;
    for (int i = 1; i < x.length; i++) if (x[i] > x[best]) best = i;
    return best;
  }

  /** The members' mean vector cosine, each clipped at 0 (TDmatch's score for one member). */
  private double vectorCosine(float[][] q, int r) {
    double s = 0;
    for (int j = 0; j < q.length; j++) s += Math.max(0f, dot(q[j], members.get(j).matrix, r));
    return s / q.length;
  }

  private float dot(float[] q, float[] m, int r) {
    float s = 0f;
    int base = r * dims;
    for (int d = 0; d < dims; d++) s += q[d] * m[base + d];
    return s;
  }
}
