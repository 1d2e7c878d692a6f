package dev.concord.embeddings.graph;

import dev.concord.core.Item;
import dev.concord.core.ItemKey;
import dev.concord.embeddings.word2vec.VectorTable;
import dev.concord.graph.Node;
import dev.concord.graph.build.ItemTokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Node vectors of a fitted graph embedding, with what is needed to embed new items inductively: the
 * tokenizer, each token's idf and the expansion links between tokens. Immutable; {@link EmbeddingStore} saves and loads it.
 */
public final class GraphEmbedding {
  private final String modelVersion;
  private final List<String> labels;
  private final Map<String, Integer> rowOf;
  private final VectorTable vectors;
  private final TokenProfiles profiles;
  private final ItemTokenizer tokenizer;

  public GraphEmbedding(String modelVersion, List<String> labels, VectorTable vectors, TokenProfiles profiles, ItemTokenizer tokenizer) {
    if (labels.size() != vectors.rows()) {
      throw new IllegalArgumentException(labels.size() + " labels for " + vectors.rows() + " vectors");
    }
    this.modelVersion = modelVersion;
    this.labels = List.copyOf(labels);
    this.vectors = vectors;
    this.profiles = profiles;
    this.tokenizer = tokenizer;
    this.rowOf = new HashMap<>(labels.size() * 2);
    for (int i = 0; i < this.labels.size(); i++) rowOf.put(this.labels.get(i), i);
  }

  public String modelVersion() { return modelVersion; }

  public List<String> labels() { return labels; }

  public VectorTable vectors() { return vectors; }

  public Map<String, Float> tokenIdf() { return profiles.idf(); }

  public TokenProfiles profiles() { return profiles; }

  /** The item's one-step neighbourhood in the graph (see {@link TokenProfiles}). */
  public Map<String, Float> profile(Item item) { return profiles.profile(item, tokenizer); }

  public ItemTokenizer tokenizer() { return tokenizer; }

  public int dimensions() { return vectors.dimensions(); }

  /** The trained vector of a node, when the node was in the graph and visited by walks. */
  public Optional<float[]> vectorOf(Node node) {
    Integer row = rowOf.get(node.label());
    if (row == null) return Optional.empty();
    float[] v = vectors.row(row);
    for (float x : v) if (x != 0f) return Optional.of(v);
    return Optional.empty();
  }

  public Optional<float[]> itemVector(ItemKey key) {
    return vectorOf(Node.item(key));
  }

  /** The item's trained vector if it was in the graph, else its inductive vector. */
  public Optional<float[]> embed(Item item) {
    Optional<float[]> trained = itemVector(item.key());
    return trained.isPresent() ? trained : InductiveEmbedder.embed(this, item);
  }
}
