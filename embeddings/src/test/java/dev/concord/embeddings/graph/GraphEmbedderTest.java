package dev.concord.embeddings.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.text.TextAnalyzer;
import dev.concord.embeddings.word2vec.Word2VecOptions;
import dev.concord.graph.build.TokenizerOptions;
import dev.concord.graph.compress.CompressOptions;
import dev.concord.graph.walk.WalkOptions;
import dev.concord.graph.walk.WalkStarts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphEmbedderTest {
  private static final String[] COUNTRIES = {"france", "germany", "spain", "italy", "norway", "poland"};

  static Corpus rows() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.length; i++) {
      Map<String, String> f = new LinkedHashMap<>();
      f.put("country", COUNTRIES[i]);
      f.put("capital", "city" + i);
      items.add(Item.row("rows", "r" + i, f));
    }
    return new Corpus("rows", List.of("country", "capital"), items);
  }

  static Corpus claims() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.length; i++) items.add(Item.text("claims", "c" + i, "the capital of " + COUNTRIES[i] + " is city" + i));
    return new Corpus("claims", List.of(), items);
  }

  static GraphEmbeddingOptions options() {
    return new GraphEmbeddingOptions(TokenizerOptions.DEFAULT, true, Optional.empty(), CompressOptions.DEFAULT,
        new WalkOptions(20, 12, true, 2, 3), WalkStarts.EVERY_NODE, new Word2VecOptions(16, 3, 5, 3, 0.025, 0, 1, 3), "sgns",
        Optional.empty());
  }

  @Test
  void fitsVectorsForItemsAndReportsPhases() {
    GraphEmbedder.Result r = new GraphEmbedder(new TextAnalyzer()).fit(List.of(rows(), claims()), options());
    assertThat(r.embedding().itemVector(rows().get(0).key())).isPresent();
    assertThat(r.embedding().itemVector(claims().get(0).key())).isPresent();
    assertThat(r.report().walkTokens()).isPositive();
    assertThat(r.report().compression().after().tokens()).isLessThan(r.report().compression().before().tokens());
    assertThat(r.embedding().modelVersion()).startsWith("graph-sgns-");
  }

  @Test
  void newItemsAreEmbeddedFromTheirTokens() {
    GraphEmbedding m = new GraphEmbedder(new TextAnalyzer()).fit(List.of(rows(), claims()), options()).embedding();
    Item fresh = Item.text("claims", "new", "france city0");
    assertThat(m.itemVector(fresh.key())).isEmpty();
    float[] v = m.embed(fresh).orElseThrow();
    assertThat(v).hasSize(16);
    assertThat(m.embed(Item.text("claims", "none", "zzz qqq"))).isEmpty();
  }

  @Test
  void savedVectorsLoadBackWithTheirVersion(@TempDir Path dir) throws Exception {
    GraphEmbedding m = new GraphEmbedder(new TextAnalyzer()).fit(List.of(rows(), claims()), options()).embedding();
    Path file = dir.resolve("model.bin");
    EmbeddingStore.save(m, file);
    GraphEmbedding back = EmbeddingStore.load(file, new TextAnalyzer());
    assertThat(back.modelVersion()).isEqualTo(m.modelVersion());
    assertThat(back.labels()).isEqualTo(m.labels());
    assertThat(back.vectors().data()).isEqualTo(m.vectors().data());
    assertThat(back.tokenIdf()).isEqualTo(m.tokenIdf());
    assertThat(back.profiles().related()).isEqualTo(m.profiles().related());
    Item fresh = Item.text("claims", "new", "france city0");
    assertThat(back.embed(fresh).orElseThrow()).isEqualTo(m.embed(fresh).orElseThrow());
    Path junk = dir.resolve("junk.bin");
    Files.writeString(junk, "not a model");
    assertThatThrownBy(() -> EmbeddingStore.load(junk, new TextAnalyzer())).hasMessageContaining("junk.bin");
  }
}
