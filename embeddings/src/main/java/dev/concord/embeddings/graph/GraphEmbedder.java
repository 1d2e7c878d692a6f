package dev.concord.embeddings.graph;

import dev.concord.core.Corpus;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.embeddings.word2vec.Dl4jWord2Vec;
import dev.concord.embeddings.word2vec.SkipGramTrainer;
import dev.concord.embeddings.word2vec.VectorTable;
import dev.concord.embeddings.word2vec.WalkEncoder;
import dev.concord.graph.HeteroGraph;
import dev.concord.graph.Node;
import dev.concord.graph.build.GraphBuilder;
import dev.concord.graph.build.ItemTokenizer;
import dev.concord.graph.compress.CompressionReport;
import dev.concord.graph.compress.GraphCompressor;
import dev.concord.graph.expand.Abbreviations;
import dev.concord.graph.expand.Expander;
import dev.concord.graph.expand.NearDuplicateTokens;
import dev.concord.graph.expand.NumberBuckets;
import dev.concord.graph.expand.SynonymFile;
import dev.concord.graph.walk.CsrGraph;
import dev.concord.graph.walk.RandomWalker;
import dev.concord.graph.walk.WalkFile;
import dev.concord.graph.walk.Walks;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The method of "Unsupervised Matching of Data and Text" (TDmatch, Ahmadi et al., ICDE 2022), after EmbDI
 * (Cappuzzo et al., SIGMOD 2020): one graph over all corpora, expanded and compressed, random walks from every
 * node, skip-gram vectors for every node. Items are then compared by the cosine of their node vectors.
 */
public final class GraphEmbedder {
  private final TextAnalyzer analyzer;

  public GraphEmbedder(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A fitted embedding and the report of how it was made. */
  public record Result(GraphEmbedding embedding, FitReport report) {}

  public Result fit(List<Corpus> corpora, GraphEmbeddingOptions o) {
    long t0 = System.nanoTime();
    GraphBuilder builder = new GraphBuilder(analyzer, o.tokenizer());
    ItemTokenizer tokenizer = builder.tokenizerFor(corpora);
    HeteroGraph graph = builder.build(corpora, tokenizer);
    GraphBuilder.weightByIdf(graph);
    Map<String, Float> idf = tokenIdf(graph);
    long t1 = System.nanoTime();
    Map<String, Integer> expanded = new LinkedHashMap<>();
    for (Expander e : expanders(o)) expanded.put(e.name(), e.expand(graph));
    long t2 = System.nanoTime();
    CompressionReport compression = new GraphCompressor(o.compress()).compress(graph);
    CsrGraph csr = CsrGraph.of(graph);
    long t3 = System.nanoTime();
    int[] starts = o.starts().of(csr);
    Walks walks = RandomWalker.walk(csr, starts, o.walks());
    o.walksFile().ifPresent(f -> WalkFile.write(walks, f));
    long t4 = System.nanoTime();
    WalkEncoder encoder = o.encoder().equals("dl4j") ? new Dl4jWord2Vec() : new SkipGramTrainer();
    long cpu0 = processCpuNanos();
    VectorTable vectors = encoder.encode(walks, o.word2vec());
    long t5 = System.nanoTime();
    long trainingCpu = processCpuNanos() - cpu0;
    List<String> labels = new ArrayList<>(csr.nodeCount());
    Map<String, Float> keptIdf = new HashMap<>();
    Map<String, List<String>> related = new HashMap<>();
    for (int v = 0; v < csr.nodeCount(); v++) {
      Node n = csr.node(v);
      labels.add(n.label());
      if (n.isToken()) keptIdf.put(n.name(), idf.getOrDefault(n.name(), 0f));
    }
    for (int v = 0; v < csr.nodeCount(); v++) {
      Node n = csr.node(v);
      if (!n.isToken() || keptIdf.get(n.name()) == 0f) continue;
      for (int i = 0; i < csr.degree(v); i++) {
        Node m = csr.node(csr.neighbour(v, i));
        if (m.isToken() && keptIdf.get(m.name()) > 0f) related.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(m.name());
      }
    }
    keptIdf.values().removeIf(x -> x == 0f);
    PhaseTimes times = new PhaseTimes(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(trainingCpu));
    String version = "graph-" + encoder.name() + "-" + fingerprint(corpora, o);
    return new Result(new GraphEmbedding(version, labels, vectors, new TokenProfiles(keptIdf, related), tokenizer),
        new FitReport(expanded, compression, o.walks().walksPerNode(starts.length), walks.tokenCount(), times));
  }

  private List<Expander> expanders(GraphEmbeddingOptions o) {
    List<Expander> out = new ArrayList<>();
    if (o.expand()) {
      out.add(new NearDuplicateTokens());
      out.add(new Abbreviations());
      out.add(new NumberBuckets());
    }
    o.synonyms().ifPresent(p -> out.add(SynonymFile.read(p, analyzer)));
    return out;
  }

  private static Map<String, Float> tokenIdf(HeteroGraph g) {
    int n = g.itemNodes().size();
    Map<String, Float> idf = new HashMap<>();
    for (Node t : g.tokenNodes()) {
      int df = g.itemDegree(t);
      if (df > 0) idf.put(t.name(), (float) Math.log(1.0 + (double) n / df));
    }
    return idf;
  }

  private static long ms(long nanos) { return nanos / 1_000_000; }

  /** CPU time of this process, all threads; 0 where the JVM cannot tell. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime()) : 0;
  }

  /** A short hash of the options and of the corpora's names and sizes: same inputs, same version. */
  private static String fingerprint(List<Corpus> corpora, GraphEmbeddingOptions o) {
    StringBuilder sb = new StringBuilder(o.toString());
    for (Corpus c : corpora) sb.append('|').append(c.name()).append(':').append(c.size());
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
