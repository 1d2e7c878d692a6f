package dev.concord.matcher.strings;

import dev.concord.core.Corpus;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.embeddings.strings.StringModel;
import dev.concord.embeddings.strings.StringModelTrainer;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.Scorer;
import dev.concord.matcher.models.Fingerprint;
import dev.concord.matcher.models.ModelCodec;
import dev.concord.matcher.models.ModelKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The learned string similarity ({@link StringModel}, after LinkOrgs) as a scorer: a model trained
 * self-supervised on the compared strings of both corpora ranks the lexical blocking's candidates by its
 * calibrated match probability. Rows are compared by their name fields, texts and spines whole
 * ({@link ComparedText}).
 */
public final class StringScorer implements Scorer {
  public static final String NAME = "string";
  /** Bump the revision when the trainer changes, so that saved models of the old trainer are not reused. */
  private static final String MODEL_KIND = "string-ngram.r1";
  private static final ModelCodec<StringModel> CODEC = ModelCodec.of(StringModel::save, StringModel::load);

  @Override
  public String name() { return NAME; }

  @Override
  public FittedScorer fit(Corpus reference, Corpus queries, FitContext context) {
    ComparedText refText = ComparedText.of(reference, queries);
    ComparedText queryText = ComparedText.of(queries, reference);
    List<String> left = new ArrayList<>();
    for (Item i : queries) left.add(queryText.of(i));
    List<String> right = new ArrayList<>();
    for (Item i : reference) right.add(refText.of(i));
    ModelKey key = new ModelKey(MODEL_KIND, new Fingerprint().add(context.seed()).addAll(left).addAll(right).hex());
    StringModel model = context.models().loadOrTrain(key, CODEC,
        () -> new StringModelTrainer().selfSupervised(left, right, context.progress()).model());
    CandidateBlocking blocking = new CandidateBlocking(reference, queries, context);
    return new BlockedRescorer(blocking, new ModelSimilarity(model), queryText, refText, reference,
        NAME + "/" + model.version());
  }

  /** The model's probability, with vectors cached per distinct string (reference strings recur across queries). */
  static final class ModelSimilarity implements PairSimilarity {
    private final StringModel model;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    ModelSimilarity(StringModel model) {
      this.model = model;
    }

    private float[] vector(String s) {
      return cache.computeIfAbsent(s, model::encode);
    }

    @Override
    public double score(String query, String reference) {
      return model.probabilityOf(model.similarity(vector(query), vector(reference)));
    }

    @Override
    public Explanation explain(String query, String reference, double score) {
      double cos = model.similarity(vector(query), vector(reference));
      return new Explanation(Map.of("string_cosine", cos, "string_probability", score),
          Map.of("string_probability", score), List.of());
    }
  }
}
