package dev.concord.embeddings.text2token;

import dev.concord.embeddings.train.Workers;
import dev.concord.core.progress.Progress;
import dev.concord.embeddings.features.HashedFeatures;
import dev.concord.embeddings.features.NgramHasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Trains a {@link Text2TokenModel} in the two stages of Text2Token (2025), with a soft-target cross-entropy
 * over the vocabulary (sampled softmax: the targets and {@code negatives} uniformly sampled tokens, the
 * sampled logits shifted by ln(V / negatives) so the full softmax stays consistent):
 * <ol>
 *   <li>data-driven targets: the text's own words and their subword pieces ({@link Vocabulary}), stop words and
 *   boilerplate removed, weighted by (1 + ln tf) * idf, words and pieces half the mass each;</li>
 *   <li>model-derived targets: the stage-1 model's prediction divided by the corpus-mean prediction, sharpened
 *   by a temperature and truncated to the top tokens, mixed with the stage-1 targets; training continues from
 *   the stage-1 model.</li>
 * </ol>
 * Updates are row-wise Adagrad, Hogwild over the configured threads.
 */
public final class Text2TokenTrainer {
  private final Text2TokenConfig config;
  private static final dev.concord.core.text.TextAnalyzer WORDS = new dev.concord.core.text.TextAnalyzer();

  /** What training saw and how long it took. */
  public record Report(int texts, int vocabulary, int stage1Epochs, int stage2Epochs, double stage1Loss,
      double stage2Loss, long millis) {}

  /** A trained model and its report. */
  public record Result(Text2TokenModel model, Report report) {}

  public Text2TokenTrainer(Text2TokenConfig config) {
    this.config = config;
  }

  public Text2TokenTrainer() {
    this(Text2TokenConfig.DEFAULT);
  }

  /** Trains on the texts of two corpora (e.g. references and queries); either may be empty. */
  public Result train(List<String> first, List<String> second, Progress progress) {
    long start = System.nanoTime();
    List<String> texts = new ArrayList<>(first);
    texts.addAll(second);
    if (texts.size() < 2) throw new IllegalArgumentException("Text2Token needs at least two texts, had " + texts.size());
    List<List<String>> words = texts.stream().map(WORDS::words).toList();
    Vocabulary vocab = Vocabulary.build(words.subList(0, first.size()), words.subList(first.size(), words.size()),
        config.maxVocabulary(), config.maxPieces());
    if (vocab.size() < 2) throw new IllegalArgumentException("Text2Token needs at least two tokens seen in two texts, had " + vocab.size());
    NgramHasher hasher = new NgramHasher(config.bits(), 3, 3, 2);
    List<HashedFeatures> features = texts.stream().map(hasher::features).toList();
    float[] inputIdf = inputIdf(hasher, features);

    SplittableRandom rnd = new SplittableRandom(config.seed());
    int v = vocab.size();
    int dim = config.dim();
    float[] in = new float[hasher.buckets() * dim];
    float scale = (float) (1 / Math.sqrt(dim));
    for (int i = 0; i < in.length; i++) in[i] = (float) (rnd.nextGaussian() * scale);
    float[] out = new float[v * dim];
    for (int i = 0; i < out.length; i++) out[i] = (float) (rnd.nextGaussian() * 0.01);
    float[] bias = new float[v];
    Params p = new Params(in, out, bias, new float[hasher.buckets()], new float[v], inputIdf, dim, v);

    Text2TokenModel untrained = snapshot(hasher, vocab, p, new Text2TokenModel.Contrast(new float[v], new float[dim],
        (float) config.sharpen(), (float) config.derivedShare(), config.targetsPerText()), "");
    Targets[] stage1 = new Targets[texts.size()];
    for (int i = 0; i < stage1.length; i++) stage1[i] = targets(untrained.inTextTokens(texts.get(i)));

    int epochs1 = epochs(config.stage1Epochs(), texts.size());
    double loss1 = 0;
    progress.start("text2token: stage 1", (long) epochs1 * texts.size());
    for (int e = 0; e < epochs1; e++) loss1 = epoch(features, stage1, p, rnd.split(), progress);
    progress.done();

    double loss2 = Double.NaN;
    int epochs2 = config.stage2Epochs() == 0 ? 0 : epochs(config.stage2Epochs(), texts.size());
    if (epochs2 > 0) {
      Text2TokenModel stage1Model = snapshot(hasher, vocab, p, contrast(hasher, vocab, p, features, rnd.split()), "");
      Targets[] stage2 = new Targets[texts.size()];
      progress.start("text2token: derived targets", texts.size());
      AtomicInteger next = new AtomicInteger();
      runThreads(() -> {
        // blocks of texts, so that the logits of a block are computed together (Text2TokenModel.logits)
        int block = 64;
        for (int b = next.getAndIncrement(); b * block < stage2.length; b = next.getAndIncrement()) {
          int from = b * block;
          int to = Math.min(stage2.length, from + block);
          SparseTokens[] s = stage1Model.sparseTopK(texts.subList(from, to), 2 * config.targetsPerText());
          for (int i = from; i < to; i++) stage2[i] = targets(s[i - from]);
          progress.step(to - from);
        }
        return null;
      });
      progress.done();
      progress.start("text2token: stage 2", (long) epochs2 * texts.size());
      for (int e = 0; e < epochs2; e++) loss2 = epoch(features, stage2, p, rnd.split(), progress);
      progress.done();
    }
    Text2TokenModel.Contrast fitted = contrast(hasher, vocab, p, features, rnd.split());
    Text2TokenModel.Contrast contrast = new Text2TokenModel.Contrast(fitted.logMean(), fitted.center(),
        fitted.sharpen(), (float) config.outputDerivedShare(), fitted.tokens());
    String version = "text2token/v" + Text2TokenModel.FORMAT + "-" + fingerprint(in, out, bias);
    Text2TokenModel model = snapshot(hasher, vocab, p, contrast, version);
    return new Result(model, new Report(texts.size(), v, epochs1, epochs2, loss1, loss2,
        (System.nanoTime() - start) / 1_000_000));
  }

  private Text2TokenModel snapshot(NgramHasher hasher, Vocabulary vocab, Params p, Text2TokenModel.Contrast c,
      String version) {
    return new Text2TokenModel(hasher, p.dim(), vocab, p.inputIdf(), p.in(), p.out(), p.bias(), c, version);
  }

  /** The corpus mean of the predictions (as log-probabilities) and of the hidden vectors, over a sample of texts. */
  private Text2TokenModel.Contrast contrast(NgramHasher hasher, Vocabulary vocab, Params p,
      List<HashedFeatures> features, SplittableRandom rnd) {
    int v = vocab.size();
    int dim = p.dim();
    Text2TokenModel m = snapshot(hasher, vocab, p, new Text2TokenModel.Contrast(new float[v], new float[dim], 1f, 0f, 1), "");
    int n = features.size();
    int sample = Math.min(n, config.meanSample());
    double[] mean = new double[v];
    double[] center = new double[dim];
    for (int s = 0; s < sample; s++) {
      int i = sample == n ? s : rnd.nextInt(n);
      float[] h = Text2TokenModel.hidden(features.get(i), p.inputIdf(), p.in(), dim);
      for (int k = 0; k < dim; k++) center[k] += h[k];
      float[] prob = m.distribution(h);
      for (int t = 0; t < v; t++) mean[t] += prob[t];
    }
    float[] logMean = new float[v];
    for (int t = 0; t < v; t++) logMean[t] = (float) Math.log(mean[t] / sample + 1e-12);
    float[] c = new float[dim];
    for (int k = 0; k < dim; k++) c[k] = (float) (center[k] / sample);
    return new Text2TokenModel.Contrast(logMean, c, (float) config.sharpen(), (float) config.derivedShare(),
        config.targetsPerText());
  }

  private static Targets targets(SparseTokens s) {
    double sum = 0;
    for (float w : s.weights()) sum += w;
    if (s.size() == 0 || sum <= 0) return Targets.EMPTY;
    float[] w = new float[s.size()];
    for (int i = 0; i < w.length; i++) w[i] = (float) (s.weights()[i] / sum);
    return new Targets(s.ids().clone(), w);
  }

  private int epochs(int wanted, int texts) {
    return Math.max(1, Math.min(wanted, config.maxExamples() / Math.max(1, texts)));
  }

  private static float[] inputIdf(NgramHasher hasher, List<HashedFeatures> features) {
    int[] df = new int[hasher.buckets()];
    for (HashedFeatures f : features) for (int b : f.buckets()) df[b]++;
    float[] idf = new float[df.length];
    for (int b = 0; b < df.length; b++) idf[b] = (float) (Math.log((features.size() + 1.0) / (df[b] + 1.0)) + 1);
    return idf;
  }

  /** The trainable parameters with their Adagrad accumulators. */
  private record Params(float[] in, float[] out, float[] bias, float[] inAcc, float[] outAcc, float[] inputIdf,
      int dim, int vocab) {}

  private double epoch(List<HashedFeatures> features, Targets[] targets, Params p, SplittableRandom rnd,
      Progress progress) {
    int n = features.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    AtomicInteger next = new AtomicInteger();
    DoubleAdder loss = new DoubleAdder();
    long seed = rnd.nextLong();
    runThreads(() -> {
      SplittableRandom r = new SplittableRandom(seed ^ Thread.currentThread().getId());
      Step step = new Step(p, config, r);
      int done = 0;
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
        Targets t = targets[order[i]];
        if (!t.isEmpty()) loss.add(step.run(features.get(order[i]), t));
        if (++done % 256 == 0) progress.step(256);
      }
      progress.step(done % 256);
      return null;
    });
    return loss.sum() / n;
  }

  /** One sampled-softmax step on one text; one instance per thread. */
  private static final class Step {
    private final Params p;
    private final int negatives;
    private final float shift;
    private final float lr;
    private final SplittableRandom rnd;
    private final float[] gradH;
    private final float[] row;

    Step(Params p, Text2TokenConfig c, SplittableRandom rnd) {
      this.p = p;
      this.negatives = Math.min(c.negatives(), p.vocab());
      this.shift = (float) Math.log((double) p.vocab() / negatives);
      this.lr = (float) c.learningRate();
      this.rnd = rnd;
      this.gradH = new float[p.dim()];
      this.row = new float[p.dim()];
    }

    double run(HashedFeatures f, Targets t) {
      int dim = p.dim();
      float[] h = Text2TokenModel.hidden(f, p.inputIdf(), p.in(), dim);
      int nt = t.ids().length;
      int nc = nt + negatives;
      int[] cand = new int[nc];
      float[] z = new float[nc];
      System.arraycopy(t.ids(), 0, cand, 0, nt);
      for (int c = nt; c < nc; c++) cand[c] = rnd.nextInt(p.vocab());
      float max = Float.NEGATIVE_INFINITY;
      for (int c = 0; c < nc; c++) {
        int off = cand[c] * dim;
        float s = p.bias()[cand[c]];
        for (int k = 0; k < dim; k++) s += p.out()[off + k] * h[k];
        z[c] = c < nt ? s : s + shift;
        max = Math.max(max, z[c]);
      }
      double sum = 0;
      for (int c = 0; c < nc; c++) sum += Math.exp(z[c] - max);
      double logSum = Math.log(sum) + max;
      double loss = 0;
      Arrays.fill(gradH, 0);
      for (int c = 0; c < nc; c++) {
        float q = (float) Math.exp(z[c] - logSum);
        float target = c < nt ? t.weights()[c] : 0;
        if (target > 0) loss -= target * (z[c] - logSum);
        float g = q - target;
        int tok = cand[c];
        int off = tok * dim;
        float sq = 0;
        for (int k = 0; k < dim; k++) {
          gradH[k] += g * p.out()[off + k];
          row[k] = g * h[k];
          sq += row[k] * row[k];
        }
        float acc = p.outAcc()[tok] + sq / dim + g * g;
        p.outAcc()[tok] = acc;
        float step = lr / (float) Math.sqrt(acc + 1e-10f);
        for (int k = 0; k < dim; k++) p.out()[off + k] -= step * row[k];
        p.bias()[tok] -= step * g;
      }
      float total = 0;
      int[] b = f.buckets();
      float[] counts = f.counts();
      for (int i = 0; i < b.length; i++) {
        float w = Text2TokenModel.inputWeight(counts[i], p.inputIdf()[b[i]]);
        total += w * w;
      }
      if (total == 0) return loss;
      float inv = (float) (1 / Math.sqrt(total));
      for (int i = 0; i < b.length; i++) {
        float w = Text2TokenModel.inputWeight(counts[i], p.inputIdf()[b[i]]) * inv;
        float sq = 0;
        for (int k = 0; k < dim; k++) {
          row[k] = w * gradH[k];
          sq += row[k] * row[k];
        }
        float acc = p.inAcc()[b[i]] + sq / dim;
        p.inAcc()[b[i]] = acc;
        float step = lr / (float) Math.sqrt(acc + 1e-10f);
        int off = b[i] * dim;
        for (int k = 0; k < dim; k++) p.in()[off + k] -= step * row[k];
      }
      return loss;
    }
  }

  private void runThreads(java.util.concurrent.Callable<Void> work) {
    Workers.runOnThreads(config.threads(), work, "Text2Token training");
  }

  private static String fingerprint(float[] in, float[] out, float[] bias) {
    long h = 1125899906842597L;
    for (float[] a : List.of(in, out, bias)) for (float x : a) h = 31 * h + Float.floatToIntBits(x);
    return Long.toHexString(h);
  }
}
