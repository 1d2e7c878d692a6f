package dev.concord.matcher.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.progress.Progress;
import dev.concord.matcher.EngineConfig;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.MatchEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectoryModelStoreTest {
  private static final ModelCodec<String> TEXT = new ModelCodec<>() {
    @Override
    public void write(String model, Path file) throws IOException { Files.writeString(file, "model:" + model); }

    @Override
    public String read(Path file) throws IOException {
      String s = Files.readString(file);
      if (!s.startsWith("model:")) throw new IOException("not a model");
      return s.substring(6);
    }
  };

  @Test
  void trainsOnceThenLoads(@TempDir Path dir) {
    DirectoryModelStore store = new DirectoryModelStore(dir.resolve("models"));
    AtomicInteger trainings = new AtomicInteger();
    ModelKey key = new ModelKey("toy.r1", "abc");
    assertThat(store.loadOrTrain(key, TEXT, () -> "v" + trainings.incrementAndGet())).isEqualTo("v1");
    assertThat(store.loadOrTrain(key, TEXT, () -> "v" + trainings.incrementAndGet())).isEqualTo("v1");
    assertThat(trainings).hasValue(1);
    assertThat(store.loadOrTrain(new ModelKey("toy.r1", "other"), TEXT, () -> "v" + trainings.incrementAndGet())).isEqualTo("v2");
  }

  @Test
  void anUnreadableFileIsRetrainedAndReplaced(@TempDir Path dir) throws IOException {
    DirectoryModelStore store = new DirectoryModelStore(dir);
    ModelKey key = new ModelKey("toy.r1", "abc");
    Files.writeString(dir.resolve(key.fileName()), "garbage");
    assertThat(store.loadOrTrain(key, TEXT, () -> "fresh")).isEqualTo("fresh");
    assertThat(Files.readString(dir.resolve(key.fileName()))).isEqualTo("model:fresh");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve(key.fileName()));
    }
  }

  @Test
  void keysRefuseCharactersThatEscapeTheFolder() {
    assertThatThrownBy(() -> new ModelKey("../x", "abc")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fingerprintsSeparateTheirParts() {
    assertThat(new Fingerprint().addAll(List.of("ab", "c")).hex()).isNotEqualTo(new Fingerprint().addAll(List.of("a", "bc")).hex());
    assertThat(new Fingerprint().addAll(List.of("a", "b")).hex()).isEqualTo(new Fingerprint().addAll(List.of("a", "b")).hex());
  }

  /** A refitted learned scorer reloads its model: same version in its links, identical scores, one file. */
  @ParameterizedTest
  @CsvSource({"string, string-ngram.r1-", "text2token, text2token.r3-", "graph, graph-embedding.r2-"})
  void aRefittedLearnedScorerReloadsItsModel(String scorer, String filePrefix, @TempDir Path dir) throws IOException {
    List<Item> left = new ArrayList<>();
    List<Item> right = new ArrayList<>();
    String[] names = {"acme holdings", "globex corporation", "initech software", "umbrella pharma", "stark industries",
        "wayne enterprises", "cyberdyne systems", "soylent foods", "tyrell robotics", "wonka confectionery"};
    for (int i = 0; i < names.length; i++) {
      left.add(Item.row("left", "l" + i, Map.of("name", names[i] + " inc")));
      right.add(Item.row("right", "r" + i, Map.of("name", names[i].toUpperCase())));
    }
    Corpus l = new Corpus("left", List.of("name"), left);
    Corpus r = new Corpus("right", List.of("name"), right);
    FitContext ctx = new FitContext(Progress.NONE, 7, new DirectoryModelStore(dir));
    EngineConfig cfg = EngineConfig.DEFAULT.withScorer(scorer);
    MatchEngine first = MatchEngine.fit(cfg, r, l, ctx);
    MatchEngine second = MatchEngine.fit(cfg, r, l, ctx);
    assertThat(second.method()).isEqualTo(first.method());
    for (Item q : left) assertThat(second.candidates(q, 3)).isEqualTo(first.candidates(q, 3));
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().startsWith(filePrefix);
    }
  }
}
