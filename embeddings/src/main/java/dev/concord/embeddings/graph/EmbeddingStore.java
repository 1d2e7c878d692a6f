package dev.concord.embeddings.graph;

import dev.concord.core.text.TextAnalyzer;
import dev.concord.embeddings.word2vec.VectorTable;
import dev.concord.graph.build.ItemTokenizer;
import dev.concord.graph.build.TokenizerOptions;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saves a {@link GraphEmbedding} to one binary file and loads it back, so that a service can start from
 * trained vectors instead of retraining. Layout: magic, format version, model version, tokenizer settings,
 * numeric attributes, then labels with vectors, then token idf, then expansion links between tokens.
 */
public final class EmbeddingStore {
  private static final int MAGIC = 0x434E4756; // "CNGV"
  private static final int FORMAT = 1;

  private EmbeddingStore() {}

  public static void save(GraphEmbedding model, Path file) {
    try {
      if (file.getParent() != null) Files.createDirectories(file.getParent());
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(model.modelVersion());
        TokenizerOptions to = model.tokenizer().options();
        out.writeInt(to.maxWordNgram());
        out.writeBoolean(to.attributeValueTokens());
        Set<String> numeric = model.tokenizer().numericAttributes();
        out.writeInt(numeric.size());
        for (String a : numeric) out.writeUTF(a);
        VectorTable v = model.vectors();
        out.writeInt(v.rows());
        out.writeInt(v.dimensions());
        for (int r = 0; r < v.rows(); r++) {
          out.writeUTF(model.labels().get(r));
          for (int d = 0; d < v.dimensions(); d++) out.writeFloat(v.get(r, d));
        }
        out.writeInt(model.tokenIdf().size());
        for (Map.Entry<String, Float> e : model.tokenIdf().entrySet()) {
          out.writeUTF(e.getKey());
          out.writeFloat(e.getValue());
        }
        out.writeInt(model.profiles().related().size());
        for (Map.Entry<String, List<String>> e : model.profiles().related().entrySet()) {
          out.writeUTF(e.getKey());
          out.writeInt(e.getValue().size());
          for (String r : e.getValue()) out.writeUTF(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write embedding to " + file + ": " + e.getMessage(), e);
    }
  }

  /** Loads a saved embedding; the analyzer must be the one it was trained with. */
  public static GraphEmbedding load(Path file, TextAnalyzer analyzer) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) throw new IllegalArgumentException(file + ": not a Concord graph embedding file");
      int format = in.readInt();
      if (format != FORMAT) throw new IllegalArgumentException(file + ": unsupported embedding format " + format);
      String version = in.readUTF();
      TokenizerOptions to = new TokenizerOptions(in.readInt(), in.readBoolean());
      int nNumeric = in.readInt();
      Set<String> numeric = new HashSet<>();
      for (int i = 0; i < nNumeric; i++) numeric.add(in.readUTF());
      int rows = in.readInt();
      int dims = in.readInt();
      List<String> labels = new ArrayList<>(rows);
      float[] data = new float[Math.multiplyExact(rows, dims)];
      for (int r = 0; r < rows; r++) {
        labels.add(in.readUTF());
        for (int d = 0; d < dims; d++) data[r * dims + d] = in.readFloat();
      }
      int nIdf = in.readInt();
      Map<String, Float> idf = new HashMap<>(nIdf * 2);
      for (int i = 0; i < nIdf; i++) idf.put(in.readUTF(), in.readFloat());
      int nRelated = in.readInt();
      Map<String, List<String>> related = new HashMap<>(nRelated * 2);
      for (int i = 0; i < nRelated; i++) {
        String token = in.readUTF();
        int k = in.readInt();
        List<String> r = new ArrayList<>(k);
        for (int j = 0; j < k; j++) r.add(in.readUTF());
        related.put(token, r);
      }
      return new GraphEmbedding(version, labels, new VectorTable(data, rows, dims), new TokenProfiles(idf, related),
          new ItemTokenizer(analyzer, to, numeric));
    } catch (EOFException e) {
      throw new IllegalArgumentException(file + ": truncated embedding file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedding " + file + ": " + e.getMessage(), e);
    }
  }
}
