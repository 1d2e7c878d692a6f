package dev.concord.embeddings.strings;

import dev.concord.embeddings.train.Workers;
import dev.concord.core.progress.Progress;
import dev.concord.embeddings.features.HashedFeatures;
import dev.concord.embeddings.features.NgramHasher;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Trains a {@link StringModel} contrastively, after LinkOrgs (Libgober &amp; Jerzak, PSRM 2025), from the alias
 * pairs a user has rather than from a half-billion-pair corpus:
 * <ul>
 *   <li>self-supervised positives: each string with a realistic corruption of itself ({@link Corruptor}), fresh
 *   every epoch, and the high-confidence mutual best matches between the two sources (trigram TF-IDF cosine at
 *   least {@code minMutualScore}, leading both sides' second best by {@code minMargin});</li>
 *   <li>supervised positives, when labelled pairs are given;</li>
 *   <li>negatives: every other positive of the batch (InfoNCE, van den Oord et al. 2018) and, per anchor,
 *   near-miss strings of the same source or the runners-up of a mutual best match (hard negatives), or the
 *   labelled non-matches.</li>
 * </ul>
 * The cosine is then calibrated into a probability (Platt scaling) on held-out positives against near-miss
 * and random negatives. Updates are row-wise Adagrad, Hogwild over the configured threads.
 */
public final class StringModelTrainer {
  static final NgramHasher HASHER_SHAPE = new NgramHasher(17, 2, 4, 1);

  private final StringTrainingConfig config;
  private final Corruptor corruptor;

  /** What training saw and how long it took. */
  public record Report(int strings, int mutualBestPairs, int labelledPairs, int examplesPerEpoch, int epochs,
      double finalLoss, long millis) {}

  /** A trained model and its report. */
  public record Result(StringModel model, Report report) {}

  /** One training anchor: a positive partner and its near-miss negatives. */
  record Example(String anchor, String positive, List<String> negatives) {}

  public StringModelTrainer(StringTrainingConfig config, Corruptor corruptor) {
    this.config = config;
    this.corruptor = corruptor;
  }

  public StringModelTrainer() {
    this(StringTrainingConfig.DEFAULT, Corruptor.DEFAULT);
  }

  /** Self-supervised training on the strings of two sources (either may be empty). */
  public Result selfSupervised(List<String> left, List<String> right, Progress progress) {
    return train(left, right, List.of(), progress);
  }

  /**
   * Supervised training: labelled matches are positives, labelled non-matches of the same left string its
   * hard negatives; corrupted copies of every string are added as in self-supervised training, and the
   * calibration is fitted on {@code calibrationPairs} (e.g. a validation split), or on the training pairs when empty.
   */
  public Result supervised(List<String> left, List<String> right, List<LabelledStrings> train,
      List<LabelledStrings> calibrationPairs, Progress progress) {
    if (train.stream().noneMatch(LabelledStrings::match)) throw new IllegalArgumentException("supervised training needs at least one labelled match");
    Result r = train(left, right, train, progress);
    List<LabelledStrings> cal = calibrationPairs.isEmpty() ? train : calibrationPairs;
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    for (LabelledStrings p : cal) (p.match() ? pos : neg).add(r.model().similarity(p.left(), p.right()));
    if (pos.isEmpty() || neg.isEmpty()) return r;
    StringModel m = r.model();
    Calibration c = Calibration.fit(pos.stream().mapToDouble(Double::doubleValue).toArray(),
        neg.stream().mapToDouble(Double::doubleValue).toArray());
    return new Result(new StringModel(m.hasher(), m.dimension(), m.idf(), m.vectors(), c, m.version()), r.report());
  }

  private Result train(List<String> leftIn, List<String> rightIn, List<LabelledStrings> labelled, Progress progress) {
    long start = System.nanoTime();
    List<String> left = distinct(leftIn);
    List<String> right = distinct(rightIn);
    List<String> all = distinct(concat(left, right));
    if (all.size() < 2) throw new IllegalArgumentException("training needs at least two distinct non-blank strings, had " + all.size());
    Random rnd = new Random(config.seed());
    NgramHasher hasher = new NgramHasher(config.bits(), HASHER_SHAPE.minChar(), HASHER_SHAPE.maxChar(), HASHER_SHAPE.wordGrams());

    progress.start("string model: mining pairs", 0);
    Mined mined = mine(left, right);
    progress.done();

    List<Example> fixed = new ArrayList<>(mined.mutualBest());
    fixed.addAll(labelledExamples(labelled));
    float[] idf = bucketIdf(hasher, all);
    float[] vectors = new float[hasher.buckets() * config.dim()];
    float scale = (float) (1 / Math.sqrt(config.dim()));
    SplittableRandom init = new SplittableRandom(config.seed());
    for (int i = 0; i < vectors.length; i++) vectors[i] = (float) (init.nextGaussian() * scale);
    float[] adagrad = new float[hasher.buckets()];

    double lastLoss = Double.NaN;
    int corrupted = Math.min(all.size(), config.corruptionsPerEpoch());
    int perEpoch = fixed.size() + corrupted;
    int epochs = Math.max(1, Math.min(config.epochs(), config.maxExamples() / perEpoch));
    progress.start("string model: training", (long) epochs * perEpoch);
    for (int epoch = 0; epoch < epochs; epoch++) {
      List<Example> examples = new ArrayList<>(fixed);
      List<String> sample = all;
      if (corrupted < all.size()) {
        sample = new ArrayList<>(all);
        Collections.shuffle(sample, rnd);
        sample = sample.subList(0, corrupted);
      }
      for (String s : sample) {
        String c = corruptor.corrupt(s, rnd);
        examples.add(new Example(c, s, mined.nearMisses().getOrDefault(s, List.of())));
      }
      Collections.shuffle(examples, rnd);
      lastLoss = epoch(examples, hasher, idf, vectors, adagrad, progress);
    }
    progress.done();

    StringModel raw = new StringModel(hasher, config.dim(), idf, vectors, new Calibration(1, 0), "");
    Calibration cal = calibrate(raw, mined, all, rnd);
    String version = "string-ngram/v" + StringModel.FORMAT + "-" + fingerprint(vectors, cal);
    StringModel model = new StringModel(hasher, config.dim(), idf, vectors, cal, version);
    long ms = (System.nanoTime() - start) / 1_000_000;
    return new Result(model, new Report(all.size(), mined.mutualBest().size(), labelled.size(), perEpoch,
        epochs, lastLoss, ms));
  }

  private static List<String> distinct(List<String> in) {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    for (String x : in) if (!x.isBlank()) s.add(x.strip());
    return new ArrayList<>(s);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private List<Example> labelledExamples(List<LabelledStrings> labelled) {
    Map<String, List<String>> negatives = new HashMap<>();
    for (LabelledStrings p : labelled) if (!p.match()) negatives.computeIfAbsent(p.left(), k -> new ArrayList<>()).add(p.right());
    List<Example> out = new ArrayList<>();
    for (LabelledStrings p : labelled) {
      if (!p.match()) continue;
      List<String> n = negatives.getOrDefault(p.left(), List.of());
      out.add(new Example(p.left(), p.right(), n.subList(0, Math.min(config.hardNegatives(), n.size()))));
    }
    return out;
  }

  /** Mutual best pairs between the sources, and each string's near misses within its own source. */
  record Mined(List<Example> mutualBest, Map<String, List<String>> nearMisses) {}

  private Mined mine(List<String> left, List<String> right) {
    List<HashedFeatures> lf = left.stream().map(NearMissIndex.TRIGRAMS::features).toList();
    List<HashedFeatures> rf = right.stream().map(NearMissIndex.TRIGRAMS::features).toList();
    float[] idf = NearMissIndex.idfOf(List.of(lf, rf));
    NearMissIndex li = new NearMissIndex(lf, idf);
    NearMissIndex ri = new NearMissIndex(rf, idf);
    int h = config.hardNegatives();
    Map<String, List<String>> nearMisses = new HashMap<>();
    NearMissIndex.Hit[][] leftInRight = new NearMissIndex.Hit[left.size()][];
    NearMissIndex.Hit[] rightBest = new NearMissIndex.Hit[right.size()];
    float[] second = new float[right.size()];
    parallel(left.size(), li, ri, (i, accL, accR, touched) -> {
      nearMisses(left.get(i), li.nearest(lf.get(i), h + 1, i, accL, touched), left, nearMisses);
      if (!right.isEmpty()) leftInRight[i] = ri.nearest(lf.get(i), h + 1, -1, accR, touched);
    });
    parallel(right.size(), li, ri, (i, accL, accR, touched) -> {
      nearMisses(right.get(i), ri.nearest(rf.get(i), h + 1, i, accR, touched), right, nearMisses);
      if (!left.isEmpty()) {
        NearMissIndex.Hit[] b = li.nearest(rf.get(i), 2, -1, accL, touched);
        rightBest[i] = b.length > 0 ? b[0] : null;
        second[i] = b.length > 1 ? b[1].score() : 0;
      }
    });
    List<Example> mutual = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      NearMissIndex.Hit[] hits = leftInRight[i];
      if (hits == null || hits.length == 0) continue;
      int r = hits[0].index();
      float s = hits[0].score();
      float leftSecond = hits.length > 1 ? hits[1].score() : 0;
      boolean mutualBest = rightBest[r] != null && rightBest[r].index() == i;
      if (mutualBest && s >= config.minMutualScore() && s - leftSecond >= config.minMargin()
          && s - second[r] >= config.minMargin()) {
        List<String> negs = new ArrayList<>();
        for (int j = 1; j < hits.length; j++) negs.add(right.get(hits[j].index()));
        mutual.add(new Example(left.get(i), right.get(r), negs));
      }
    }
    return new Mined(mutual, nearMisses);
  }

  private void nearMisses(String s, NearMissIndex.Hit[] hits, List<String> source, Map<String, List<String>> out) {
    List<String> n = new ArrayList<>(hits.length);
    for (NearMissIndex.Hit hit : hits) {
      String other = source.get(hit.index());
      if (!NgramHasher.words(other).equals(NgramHasher.words(s)) && n.size() < config.hardNegatives()) n.add(other);
    }
    synchronized (out) {
      out.put(s, n);
    }
  }

  private interface IndexTask {
    void run(int i, float[] accLeft, float[] accRight, IntArrayList touched);
  }

  private void parallel(int n, NearMissIndex li, NearMissIndex ri, IndexTask task) {
    AtomicInteger next = new AtomicInteger();
    runThreads(() -> {
      float[] accL = li.scratch();
      float[] accR = ri.scratch();
      IntArrayList touched = new IntArrayList();
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) task.run(i, accL, accR, touched);
      return null;
    });
  }

  private void runThreads(java.util.concurrent.Callable<Void> work) {
    Workers.runOnThreads(config.threads(), work, "string model training");
  }

  static float[] bucketIdf(NgramHasher hasher, List<String> strings) {
    int[] df = new int[hasher.buckets()];
    for (String s : strings) for (int b : hasher.features(s).buckets()) df[b]++;
    float[] idf = new float[df.length];
    for (int b = 0; b < df.length; b++) idf[b] = (float) (Math.log((strings.size() + 1.0) / (df[b] + 1.0)) + 1);
    return idf;
  }

  /** One pass of InfoNCE over the examples in batches; returns the mean loss. */
  private double epoch(List<Example> examples, NgramHasher hasher, float[] idf, float[] vectors, float[] adagrad,
      Progress progress) {
    int batches = (examples.size() + config.batchSize() - 1) / config.batchSize();
    AtomicInteger next = new AtomicInteger();
    DoubleAdder loss = new DoubleAdder();
    runThreads(() -> {
      BatchStep step = new BatchStep(hasher, idf, vectors, adagrad, config);
      for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
        int from = b * config.batchSize();
        int to = Math.min(examples.size(), from + config.batchSize());
        if (to - from < 2) continue;
        loss.add(step.run(examples.subList(from, to)) * (to - from));
        progress.step(to - from);
      }
      return null;
    });
    return loss.sum() / examples.size();
  }

  /**
   * Calibration pairs: positives are fresh corruptions and the mutual best pairs; negatives are near misses
   * and random pairs of distinct strings. Both classes weigh equally in the fit.
   */
  private Calibration calibrate(StringModel m, Mined mined, List<String> all, Random rnd) {
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    int n = Math.min(all.size(), 2000);
    for (int i = 0; i < n; i++) {
      String s = all.get(rnd.nextInt(all.size()));
      pos.add(m.similarity(corruptor.corrupt(s, rnd), s));
      for (String x : mined.nearMisses().getOrDefault(s, List.of())) neg.add(m.similarity(s, x));
      String other = all.get(rnd.nextInt(all.size()));
      if (!other.equals(s)) neg.add(m.similarity(s, other));
    }
    for (Example e : mined.mutualBest()) {
      pos.add(m.similarity(e.anchor(), e.positive()));
      for (String x : e.negatives()) neg.add(m.similarity(e.anchor(), x));
    }
    return Calibration.fit(pos.stream().mapToDouble(Double::doubleValue).toArray(),
        neg.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static String fingerprint(float[] vectors, Calibration c) {
    long h = 1125899906842597L;
    for (float v : vectors) h = 31 * h + Float.floatToIntBits(v);
    h = 31 * h + Double.doubleToLongBits(c.slope());
    h = 31 * h + Double.doubleToLongBits(c.intercept());
    return Long.toHexString(h);
  }
}
