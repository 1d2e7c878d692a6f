package dev.concord.embeddings.strings;

import dev.concord.embeddings.features.HashedFeatures;
import dev.concord.embeddings.features.NgramHasher;
import java.util.ArrayList;
import java.util.List;

/**
 * One InfoNCE step over a batch of examples: each anchor must pick its own positive among every positive of
 * the batch and its own hard negatives. Gradients flow through the unit normalisation into the n-gram vectors,
 * which get row-wise Adagrad updates. One instance per training thread.
 */
final class BatchStep {
  private final NgramHasher hasher;
  private final float[] idf;
  private final float[] vectors;
  private final float[] adagrad;
  private final int dim;
  private final float invTemperature;
  private final float learningRate;

  BatchStep(NgramHasher hasher, float[] idf, float[] vectors, float[] adagrad, StringTrainingConfig config) {
    this.hasher = hasher;
    this.idf = idf;
    this.vectors = vectors;
    this.adagrad = adagrad;
    this.dim = config.dim();
    this.invTemperature = (float) (1 / config.temperature());
    this.learningRate = (float) config.learningRate();
  }

  /** An encoded string of the batch: features, unit vector, length before normalising, gradient. */
  private final class Encoded {
    final HashedFeatures f;
    final float[] e = new float[dim];
    final float[] grad = new float[dim];
    final float length;

    Encoded(String s) {
      f = hasher.features(s);
      StringModel.sum(f, idf, vectors, dim, e);
      length = StringModel.normalize(e);
    }
  }

  /** Runs the step and returns the batch's mean loss. */
  double run(List<StringModelTrainer.Example> batch) {
    int n = batch.size();
    List<Encoded> anchors = new ArrayList<>(n);
    List<Encoded> positives = new ArrayList<>(n);
    List<List<Encoded>> negatives = new ArrayList<>(n);
    for (StringModelTrainer.Example ex : batch) {
      anchors.add(new Encoded(ex.anchor()));
      positives.add(new Encoded(ex.positive()));
      List<Encoded> neg = new ArrayList<>(ex.negatives().size());
      for (String s : ex.negatives()) neg.add(new Encoded(s));
      negatives.add(neg);
    }
    double loss = 0;
    float inv = 1f / n;
    for (int i = 0; i < n; i++) {
      Encoded a = anchors.get(i);
      List<Encoded> cands = new ArrayList<>(n + negatives.get(i).size());
      cands.addAll(positives);
      cands.addAll(negatives.get(i));
      float[] z = new float[cands.size()];
      float max = Float.NEGATIVE_INFINITY;
      for (int c = 0; c < z.length; c++) {
        z[c] = dot(a.e, cands.get(c).e) * invTemperature;
        max = Math.max(max, z[c]);
      }
      double sum = 0;
      for (int c = 0; c < z.length; c++) sum += Math.exp(z[c] - max);
      loss += -(z[i] - max - Math.log(sum));
      for (int c = 0; c < z.length; c++) {
        float p = (float) (Math.exp(z[c] - max) / sum);
        float g = (p - (c == i ? 1 : 0)) * invTemperature * inv;
        if (g == 0) continue;
        Encoded cand = cands.get(c);
        for (int k = 0; k < dim; k++) {
          a.grad[k] += g * cand.e[k];
          cand.grad[k] += g * a.e[k];
        }
      }
    }
    float[] rowGrad = new float[dim];
    for (int i = 0; i < n; i++) {
      update(anchors.get(i), rowGrad);
      update(positives.get(i), rowGrad);
      for (Encoded e : negatives.get(i)) update(e, rowGrad);
    }
    return loss / n;
  }

  /** Back through e = u / |u| (d e / d u = (I - e e^T) / |u|), then into every n-gram row of u. */
  private void update(Encoded x, float[] rowGrad) {
    if (x.length == 0) return;
    float proj = dot(x.grad, x.e);
    float[] gu = x.grad;
    for (int k = 0; k < dim; k++) gu[k] = (gu[k] - proj * x.e[k]) / x.length;
    int[] b = x.f.buckets();
    float[] c = x.f.counts();
    for (int j = 0; j < b.length; j++) {
      float w = StringModel.weight(c[j], idf[b[j]]);
      float sq = 0;
      for (int k = 0; k < dim; k++) {
        rowGrad[k] = w * gu[k];
        sq += rowGrad[k] * rowGrad[k];
      }
      float acc = adagrad[b[j]] + sq / dim;
      adagrad[b[j]] = acc;
      float step = learningRate / (float) Math.sqrt(acc + 1e-10f);
      int off = b[j] * dim;
      for (int k = 0; k < dim; k++) vectors[off + k] -= step * rowGrad[k];
    }
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int k = 0; k < a.length; k++) s += a[k] * b[k];
    return s;
  }
}
