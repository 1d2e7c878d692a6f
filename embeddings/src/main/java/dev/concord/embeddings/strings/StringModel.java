package dev.concord.embeddings.strings;

import dev.concord.embeddings.features.HashedFeatures;
import dev.concord.embeddings.features.NgramHasher;
import dev.concord.embeddings.modelio.ModelFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The learned string similarity of LinkOrgs (Libgober &amp; Jerzak, PSRM 2025), CPU-sized: a string is the
 * IDF-weighted sum of the learned vectors of its hashed character 2–4-grams and words, normalised to unit
 * length; cosine is the similarity and a Platt-scaled cosine the match probability. LinkOrgs trains a
 * character-level network on half a billion alias pairs; here the encoder is a bag of hashed n-grams (so it
 * trains in seconds on a CPU and embeds unseen strings) and {@link StringModelTrainer} makes its alias pairs.
 * Immutable and thread-safe.
 */
public final class StringModel implements Encoder {
  static final String KIND = "CSTR";
  static final int FORMAT = 1;

  private final NgramHasher hasher;
  private final int dim;
  private final float[] idf;
  private final float[] vectors;
  private final Calibration calibration;
  private final String version;

  StringModel(NgramHasher hasher, int dim, float[] idf, float[] vectors, Calibration calibration, String version) {
    if (idf.length != hasher.buckets()) throw new IllegalArgumentException("idf length != buckets");
    if (vectors.length != (long) hasher.buckets() * dim) throw new IllegalArgumentException("vectors length != buckets * dim");
    this.hasher = hasher;
    this.dim = dim;
    this.idf = idf;
    this.vectors = vectors;
    this.calibration = calibration;
    this.version = version;
  }

  public int dimension() { return dim; }

  public Calibration calibration() { return calibration; }

  @Override
  public String version() { return version; }

  NgramHasher hasher() { return hasher; }

  float[] idf() { return idf; }

  float[] vectors() { return vectors; }

  @Override
  public float[] encode(String text) {
    float[] u = new float[dim];
    HashedFeatures f = hasher.features(text);
    sum(f, idf, vectors, dim, u);
    normalize(u);
    return u;
  }

  @Override
  public double probabilityOf(double similarity) {
    return calibration.probability(similarity);
  }

  /** u = sum over features of (1 + ln count) * idf * vector. */
  static void sum(HashedFeatures f, float[] idf, float[] vectors, int dim, float[] u) {
    int[] b = f.buckets();
    float[] c = f.counts();
    for (int i = 0; i < b.length; i++) {
      float w = weight(c[i], idf[b[i]]);
      int off = b[i] * dim;
      for (int k = 0; k < dim; k++) u[k] += w * vectors[off + k];
    }
  }

  static float weight(float count, float idf) {
    return (float) (1 + Math.log(count)) * idf;
  }

  /** Scales to unit length in place; returns the length before (0 leaves the zero vector). */
  static float normalize(float[] u) {
    double n = 0;
    for (float x : u) n += x * x;
    float len = (float) Math.sqrt(n);
    if (len > 0) for (int k = 0; k < u.length; k++) u[k] /= len;
    return len;
  }

  public void save(Path file) throws IOException {
    ModelFile.save(file, KIND, FORMAT, version, out -> {
      hasher.write(out);
      out.writeInt(dim);
      out.writeDouble(calibration.slope());
      out.writeDouble(calibration.intercept());
      ModelFile.writeFloats(out, idf);
      ModelFile.writeFloats(out, vectors);
    });
  }

  public static StringModel load(Path file) throws IOException {
    return ModelFile.load(file, KIND, FORMAT, (in, version) -> {
      NgramHasher h = NgramHasher.read(in);
      int dim = in.readInt();
      if (dim < 1 || dim > 4096) throw new IllegalArgumentException("dimension " + dim + " out of range");
      Calibration cal = new Calibration(in.readDouble(), in.readDouble());
      float[] idf = ModelFile.readFloats(in, h.buckets(), "idf");
      float[] vec = ModelFile.readFloats(in, h.buckets() * dim, "vectors");
      return new StringModel(h, dim, idf, vec, cal, version);
    });
  }
}
