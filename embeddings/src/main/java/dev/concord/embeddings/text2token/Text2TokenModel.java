package dev.concord.embeddings.text2token;

import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import dev.concord.embeddings.features.HashedFeatures;
import dev.concord.embeddings.features.NgramHasher;
import dev.concord.embeddings.modelio.ModelFile;
import it.unimi.dsi.fastutil.ints.Int2FloatOpenHashMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A CPU-sized Text2Token encoder (after "Text2Token", 2025): a text's hashed word 1–2-grams and character
 * 3-grams, IDF-weighted and averaged through learned vectors, give a dense vector {@code h}; {@code W h + b}
 * gives logits over the corpus vocabulary of words and subword pieces ({@link Vocabulary}; the paper predicts over a
 * language model's WordPiece vocabulary). The dense vector serves cosine similarity and the top-k of the
 * softmax a sparse token vector for inverted-index blocking, where tokens the text does not contain but the
 * model derives let a text reach a record that shares few words with it. The paper fine-tunes a large
 * language model; this version keeps its two-stage targets ({@link Text2TokenTrainer}) on a bag-of-n-grams
 * encoder that trains in seconds. Immutable and thread-safe.
 */
public final class Text2TokenModel {
  static final String KIND = "CT2T";
  static final int FORMAT = 1;
  private static final dev.concord.core.text.TextAnalyzer WORDS = new dev.concord.core.text.TextAnalyzer();
  /** In-text pieces kept per in-text word kept. */
  static final int PIECES_PER_WORD = 4;
  /** Vocabulary words a derived token is drawn from, at most (see {@link #derivedTokens(float[][])}). */
  static final int DERIVED_WORDS = 4096;

  private final NgramHasher hasher;
  private final int dim;
  private final Vocabulary vocabulary;
  private final float[] inputIdf;
  private final float[] inputVectors;
  private final float[] outputVectors;
  private final float[] outputBias;
  private final float[] outputByDim;
  private final Contrast contrast;
  private final String version;

  /**
   * What turns a prediction into key tokens: the corpus-mean log-probability of every token and the dense
   * corpus mean (both estimated on the training texts), the sharpening temperature, the share of derived
   * tokens and how many tokens each part keeps.
   */
  record Contrast(float[] logMean, float[] center, float sharpen, float derivedShare, int tokens) {}

  Text2TokenModel(NgramHasher hasher, int dim, Vocabulary vocabulary, float[] inputIdf, float[] inputVectors,
      float[] outputVectors, float[] outputBias, Contrast contrast, String version) {
    int v = vocabulary.size();
    if (inputIdf.length != hasher.buckets() || inputVectors.length != hasher.buckets() * dim
        || outputVectors.length != v * dim || outputBias.length != v || contrast.logMean().length != v
        || contrast.center().length != dim) {
      throw new IllegalArgumentException("parameter sizes do not fit " + hasher.buckets() + " buckets, dim " + dim + ", vocabulary " + v);
    }
    this.hasher = hasher;
    this.dim = dim;
    this.vocabulary = vocabulary;
    this.inputIdf = inputIdf;
    this.inputVectors = inputVectors;
    this.outputVectors = outputVectors;
    this.outputBias = outputBias;
    this.contrast = contrast;
    this.version = version;
    this.outputByDim = new float[v * dim];
    for (int t = 0; t < v; t++) for (int k = 0; k < dim; k++) outputByDim[k * v + t] = outputVectors[t * dim + k];
  }

  /** The text a model reads from an item: a row's values, or the text of a text or spine. */
  public static String textOf(Item item) {
    return item.kind() == ItemKind.ROW ? item.content() : item.text();
  }

  public String version() { return version; }

  public int dimension() { return dim; }

  public Vocabulary vocabulary() { return vocabulary; }

  /** The unit dense vector of an item. */
  public float[] dense(Item item) {
    return dense(textOf(item));
  }

  /** The unit dense vector of a text, the corpus mean taken out (zeros when it has no features). */
  public float[] dense(String text) {
    float[] h = hidden(text);
    for (int k = 0; k < dim; k++) h[k] -= contrast.center()[k];
    double n = 0;
    for (float x : h) n += x * x;
    if (n > 0) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int k = 0; k < dim; k++) h[k] *= inv;
    }
    return h;
  }

  /** The item's k heaviest key tokens (see {@link #sparseTopK(String, int)}). */
  public SparseTokens sparseTopK(Item item, int k) {
    return sparseTopK(textOf(item), k);
  }

  /**
   * The text's k heaviest key tokens, its Text2Token target under this model: its own vocabulary words
   * weighted (1 + ln tf) * idf, and the tokens the model predicts for it more than for the corpus on average
   * (p / mean p, sharpened), mixed by the derived share; weights sum to one before truncation to k. A text
   * with no vocabulary word gets its derived tokens alone, whatever the share.
   */
  public SparseTokens sparseTopK(String text, int k) {
    SparseTokens inText = inTextTokens(text);
    if (contrast.derivedShare() == 0 && inText.size() > 0) return truncate(inText, k);
    return mix(inText, derivedTokens(new float[][] {hidden(text)})[0], k);
  }

  /** {@link #sparseTopK(String, int)} of many texts; the derived tokens of a block of texts are computed together. */
  SparseTokens[] sparseTopK(List<String> texts, int k) {
    SparseTokens[] out = new SparseTokens[texts.size()];
    if (contrast.derivedShare() == 0) {
      for (int i = 0; i < out.length; i++) out[i] = sparseTopK(texts.get(i), k);
      return out;
    }
    float[][] hs = new float[texts.size()][];
    for (int i = 0; i < hs.length; i++) hs[i] = hidden(texts.get(i));
    SparseTokens[] derived = derivedTokens(hs);
    for (int i = 0; i < out.length; i++) out[i] = mix(inTextTokens(texts.get(i)), derived[i], k);
    return out;
  }

  /** The in-text and the derived tokens mixed by the derived share, the k heaviest; derived alone when there is no in-text token. */
  private SparseTokens mix(SparseTokens inText, SparseTokens derived, int k) {
    float share = contrast.derivedShare();
    if (inText.size() == 0) return truncate(derived, k);
    Int2FloatOpenHashMap w = new Int2FloatOpenHashMap();
    for (int i = 0; i < inText.size(); i++) w.addTo(inText.ids()[i], (1 - share) * inText.weights()[i]);
    for (int i = 0; i < derived.size(); i++) w.addTo(derived.ids()[i], share * derived.weights()[i]);
    int[] ids = w.keySet().toIntArray();
    float[] ws = new float[ids.length];
    for (int i = 0; i < ids.length; i++) ws[i] = w.get(ids[i]);
    return select(ids, ws, k, false);
  }

  /** Every vocabulary word and piece of the text with its count (no weighting, no truncation), in id order. */
  public SparseTokens termCounts(String text) {
    Int2FloatOpenHashMap tf = counts(text);
    int[] ids = tf.keySet().toIntArray();
    Arrays.sort(ids);
    String[] tokens = new String[ids.length];
    float[] counts = new float[ids.length];
    for (int i = 0; i < ids.length; i++) {
      tokens[i] = vocabulary.token(ids[i]);
      counts[i] = tf.get(ids[i]);
    }
    return new SparseTokens(ids, tokens, counts);
  }

  /** Count of each vocabulary word of the text and of each vocabulary piece of its words. */
  private Int2FloatOpenHashMap counts(String text) {
    Int2FloatOpenHashMap tf = new Int2FloatOpenHashMap();
    for (String w : WORDS.words(text)) {
      int id = vocabulary.id(w);
      if (id >= 0) tf.addTo(id, 1f);
      for (String piece : Vocabulary.pieces(w)) {
        int pid = vocabulary.id(piece);
        if (pid >= 0) tf.addTo(pid, 1f);
      }
    }
    return tf;
  }

  /**
   * The text's in-text key tokens: its vocabulary words and their pieces, each weighted (1 + ln tf) * idf; the
   * heaviest {@code tokens} words and {@link #PIECES_PER_WORD} times as many pieces (a word has about as many pieces as
   * letters), each part normalised to half the mass (all of it when the other part is empty), best first.
   */
  SparseTokens inTextTokens(String text) {
    Int2FloatOpenHashMap tf = counts(text);
    int[] all = tf.keySet().toIntArray();
    int words = 0;
    for (int id : all) if (!vocabulary.isPiece(id)) words++;
    int[] wordIds = new int[words];
    int[] pieceIds = new int[all.length - words];
    float[] wordW = new float[wordIds.length];
    float[] pieceW = new float[pieceIds.length];
    for (int i = 0, a = 0, b = 0; i < all.length; i++) {
      float w = (float) (1 + Math.log(tf.get(all[i]))) * vocabulary.idf(all[i]);
      if (vocabulary.isPiece(all[i])) { pieceIds[b] = all[i]; pieceW[b++] = w; } else { wordIds[a] = all[i]; wordW[a++] = w; }
    }
    SparseTokens ws = select(wordIds, wordW, contrast.tokens(), true);
    SparseTokens ps = select(pieceIds, pieceW, PIECES_PER_WORD * contrast.tokens(), true);
    if (ws.size() == 0) return ps;
    if (ps.size() == 0) return ws;
    int[] ids = new int[ws.size() + ps.size()];
    float[] w = new float[ids.length];
    for (int i = 0; i < ws.size(); i++) { ids[i] = ws.ids()[i]; w[i] = 0.5f * ws.weights()[i]; }
    for (int i = 0; i < ps.size(); i++) { ids[ws.size() + i] = ps.ids()[i]; w[ws.size() + i] = 0.5f * ps.weights()[i]; }
    return select(ids, w, ids.length, false);
  }

  /**
   * softmax((ln p - ln mean p) / sharpen) over the first vocabulary words, the heaviest {@code tokens}, normalised. Since ln p = z - logsumexp(z) and
   * the constant cancels in the softmax, this is softmax((z - ln mean p) / sharpen) of the logits z; and since only
   * the top tokens are kept and renormalised, the exponentials are needed for those alone. One result per hidden
   * vector.
   */
  SparseTokens[] derivedTokens(float[][] hs) {
    // words only: a derived token is a token beyond the text, and a character 3-gram of some other word says nothing
    // on its own; and the first DERIVED_WORDS of them (words of both corpora first, then the most frequent), as many
    // as the whole vocabulary had before the pieces: the full softmax per text is what the stage-2 targets cost
    float[][] z = logits(hs, Math.min(DERIVED_WORDS, vocabulary.wordCount()));
    SparseTokens[] out = new SparseTokens[hs.length];
    float inv = 1 / contrast.sharpen();
    float[] logMean = contrast.logMean();
    for (int b = 0; b < hs.length; b++) {
      float[] zb = z[b];
      for (int t = 0; t < zb.length; t++) zb[t] = (zb[t] - logMean[t]) * inv;
      SparseTokens top = topK(zb, contrast.tokens(), false);
      float[] w = top.weights();
      double sum = 0;
      for (int i = 0; i < w.length; i++) {
        w[i] = (float) Math.exp(w[i] - w[0]);
        sum += w[i];
      }
      for (int i = 0; i < w.length; i++) w[i] /= (float) sum;
      out[b] = top;
    }
    return out;
  }

  private SparseTokens truncate(SparseTokens s, int k) {
    if (s.size() <= k) return s;
    return new SparseTokens(Arrays.copyOf(s.ids(), k), Arrays.copyOf(s.tokens(), k),
        Arrays.copyOf(s.weights(), k));
  }

  /** The k heaviest of (ids, weights), best first, ties to the lower id; normalised to sum one if asked. */
  private SparseTokens select(int[] ids, float[] w, int k, boolean normalise) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> w[a] != w[b] ? Float.compare(w[b], w[a]) : Integer.compare(ids[a], ids[b]));
    int n = Math.min(k, ids.length);
    double sum = 0;
    for (int i = 0; i < (normalise ? n : 0); i++) sum += w[order[i]];
    float scale = normalise && sum > 0 ? (float) (1 / sum) : 1f;
    int[] outIds = new int[n];
    String[] tokens = new String[n];
    float[] outW = new float[n];
    for (int i = 0; i < n; i++) {
      outIds[i] = ids[order[i]];
      tokens[i] = vocabulary.token(outIds[i]);
      outW[i] = w[order[i]] * scale;
    }
    return new SparseTokens(outIds, tokens, outW);
  }

  /** The softmax over the vocabulary of a hidden vector. */
  float[] distribution(float[] h) {
    float[] z = logits(h);
    float max = Float.NEGATIVE_INFINITY;
    for (float x : z) max = Math.max(max, x);
    double sum = 0;
    for (int t = 0; t < z.length; t++) {
      z[t] = (float) Math.exp(z[t] - max);
      sum += z[t];
    }
    float inv = (float) (1 / sum);
    for (int t = 0; t < z.length; t++) z[t] *= inv;
    return z;
  }

  /** W h + b over the whole vocabulary, as one axpy per dimension (vectorised by the JIT). */
  float[] logits(float[] h) {
    return logits(new float[][] {h}, vocabulary.size())[0];
  }

  /** Vocabulary tokens per tile of {@link #logits(float[][], int)}: a tile of W (dim x TILE floats) stays in a core's L2 cache. */
  private static final int TILE = 1024;
  /** Texts per block of {@link #logits(float[][], int)}. */
  private static final int BLOCK = 32;

  /**
   * W h + b of several hidden vectors, over the first {@code tokens} of the vocabulary. The vocabulary is walked in tiles and each tile of W serves a block of texts
   * while it is in cache: one text at a time would stream all of W from memory per text, which made the stage-2
   * targets of a large vocabulary memory-bound. Per token the sum runs over the dimensions in the same order as for
   * one text, so results do not depend on the blocking.
   */
  float[][] logits(float[][] hs, int tokens) {
    int v = vocabulary.size();
    float[][] z = new float[hs.length][];
    for (int b = 0; b < hs.length; b++) z[b] = Arrays.copyOf(outputBias, tokens);
    for (int b0 = 0; b0 < hs.length; b0 += BLOCK) {
      int b1 = Math.min(hs.length, b0 + BLOCK);
      for (int t0 = 0; t0 < tokens; t0 += TILE) {
        int t1 = Math.min(tokens, t0 + TILE);
        for (int k = 0; k < dim; k++) {
          int off = k * v;
          for (int b = b0; b < b1; b++) {
            float hk = hs[b][k];
            if (hk == 0) continue;
            float[] zb = z[b];
            for (int t = t0; t < t1; t++) zb[t] += hk * outputByDim[off + t];
          }
        }
      }
    }
    return z;
  }

  SparseTokens topK(float[] p, int k, boolean normalise) {
    int n = Math.min(k, p.length);
    int[] idx = new int[n];
    float[] val = new float[n];
    int size = 0;
    for (int t = 0; t < p.length; t++) {
      float x = p[t];
      if (size < n || x > val[size - 1]) {
        int pos = size < n ? size++ : n - 1;
        while (pos > 0 && val[pos - 1] < x) {
          val[pos] = val[pos - 1];
          idx[pos] = idx[pos - 1];
          pos--;
        }
        val[pos] = x;
        idx[pos] = t;
      }
    }
    String[] tokens = new String[size];
    for (int i = 0; i < size; i++) tokens[i] = vocabulary.token(idx[i]);
    float[] w = Arrays.copyOf(val, size);
    if (normalise) {
      double sum = 0;
      for (float x : w) sum += x;
      if (sum > 0) for (int i = 0; i < size; i++) w[i] /= (float) sum;
    }
    return new SparseTokens(Arrays.copyOf(idx, size), tokens, w);
  }

  /** The IDF-weighted sum of the text's n-gram vectors, divided by the weights' Euclidean length (unit scale whatever the text's length). */
  float[] hidden(String text) {
    return hidden(hasher.features(text), inputIdf, inputVectors, dim);
  }

  static float[] hidden(HashedFeatures f, float[] idf, float[] vectors, int dim) {
    float[] h = new float[dim];
    float total = 0;
    for (int i = 0; i < f.size(); i++) {
      int b = f.buckets()[i];
      float w = inputWeight(f.counts()[i], idf[b]);
      total += w * w;
      int off = b * dim;
      for (int k = 0; k < dim; k++) h[k] += w * vectors[off + k];
    }
    if (total > 0) {
      float inv = (float) (1 / Math.sqrt(total));
      for (int k = 0; k < dim; k++) h[k] *= inv;
    }
    return h;
  }

  static float inputWeight(float count, float idf) {
    return (float) (1 + Math.log(count)) * idf;
  }

  NgramHasher hasher() { return hasher; }

  float[] inputIdf() { return inputIdf; }

  Contrast contrast() { return contrast; }

  float[] inputVectors() { return inputVectors; }

  public void save(Path file) throws IOException {
    ModelFile.save(file, KIND, FORMAT, version, out -> {
      hasher.write(out);
      out.writeInt(dim);
      out.writeInt(vocabulary.size());
      for (String t : vocabulary.tokens()) out.writeUTF(t);
      ModelFile.writeFloats(out, vocabulary.idfs());
      ModelFile.writeFloats(out, inputIdf);
      ModelFile.writeFloats(out, inputVectors);
      ModelFile.writeFloats(out, outputVectors);
      ModelFile.writeFloats(out, outputBias);
      ModelFile.writeFloats(out, contrast.logMean());
      ModelFile.writeFloats(out, contrast.center());
      out.writeFloat(contrast.sharpen());
      out.writeFloat(contrast.derivedShare());
      out.writeInt(contrast.tokens());
    });
  }

  public static Text2TokenModel load(Path file) throws IOException {
    return ModelFile.load(file, KIND, FORMAT, (in, version) -> {
      NgramHasher h = NgramHasher.read(in);
      int dim = in.readInt();
      if (dim < 1 || dim > 4096) throw new IllegalArgumentException("dimension " + dim + " out of range");
      int v = in.readInt();
      if (v < 1 || v > 1 << 22) throw new IllegalArgumentException("vocabulary size " + v + " out of range");
      String[] tokens = new String[v];
      for (int i = 0; i < v; i++) tokens[i] = in.readUTF();
      Vocabulary vocab = new Vocabulary(tokens, ModelFile.readFloats(in, v, "token idf"));
      float[] inIdf = ModelFile.readFloats(in, h.buckets(), "input idf");
      float[] inVec = ModelFile.readFloats(in, h.buckets() * dim, "input vectors");
      float[] outVec = ModelFile.readFloats(in, v * dim, "output vectors");
      float[] bias = ModelFile.readFloats(in, v, "output bias");
      float[] logMean = ModelFile.readFloats(in, v, "corpus mean");
      float[] center = ModelFile.readFloats(in, dim, "dense centre");
      Contrast c = new Contrast(logMean, center, in.readFloat(), in.readFloat(), in.readInt());
      return new Text2TokenModel(h, dim, vocab, inIdf, inVec, outVec, bias, c, version);
    });
  }
}
