package dev.concord.embeddings.strings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.core.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StringModelTest {
  static final List<String> LEFT = new ArrayList<>();
  static final List<String> RIGHT = new ArrayList<>();
  static StringModelTrainer.Result trained;

  @BeforeAll
  static void train() {
    String[] brands = {"sony", "panasonic", "samsung", "canon", "nikon", "philips", "bose", "logitech", "linksys", "netgear"};
    String[] kinds = {"digital camera", "lcd television", "speaker system", "wireless router", "headphones", "dvd player"};
    Random r = new Random(3);
    for (String b : brands) {
      for (String k : kinds) {
        String model = Character.toString('a' + r.nextInt(26)) + (100 + r.nextInt(900)) + Character.toString('a' + r.nextInt(26));
        LEFT.add(b + " " + k + " " + model);
        RIGHT.add(b + " " + model + " " + k.split(" ")[0]);
      }
    }
    StringTrainingConfig cfg = new StringTrainingConfig(32, 14, 6, 2000, 20_000, 32, 0.05, 0.05, 2, 0.5, 0.05, 1, 42L);
    trained = new StringModelTrainer(cfg, Corruptor.DEFAULT).selfSupervised(LEFT, RIGHT, Progress.NONE);
  }

  @Test
  void ranksACorruptedCopyAboveAnUnrelatedString() {
    StringModel m = trained.model();
    Random r = new Random(11);
    int wins = 0;
    for (int i = 0; i < LEFT.size(); i++) {
      String s = LEFT.get(i);
      String corrupted = Corruptor.DEFAULT.corrupt(s, r);
      String unrelated = LEFT.get((i + LEFT.size() / 2) % LEFT.size());
      if (m.similarity(s, corrupted) > m.similarity(s, unrelated)) wins++;
    }
    assertThat(wins).isGreaterThanOrEqualTo(LEFT.size() * 95 / 100);
    assertThat(m.matchProbability("sony digital camera x123y", "sony digital camera x123y"))
        .isGreaterThan(m.matchProbability("sony digital camera x123y", "netgear dvd player b456c"));
  }

  @Test
  void findsCrossSourcePairsAndCalibratesToAProbability() {
    assertThat(trained.report().mutualBestPairs()).isPositive();
    StringModel m = trained.model();
    double p = m.matchProbability(LEFT.get(0), RIGHT.get(0));
    assertThat(p).isBetween(0.0, 1.0);
    assertThat(m.calibration().slope()).isPositive();
  }

  @Test
  void saveAndLoadGiveIdenticalScores(@TempDir Path dir) throws IOException {
    StringModel m = trained.model();
    Path f = dir.resolve("names.model");
    m.save(f);
    StringModel back = StringModel.load(f);
    assertThat(back.version()).isEqualTo(m.version()).startsWith("string-ngram/v1-");
    for (int i = 0; i < 10; i++) {
      assertThat(back.encode(LEFT.get(i))).isEqualTo(m.encode(LEFT.get(i)));
      assertThat(back.matchProbability(LEFT.get(i), RIGHT.get(i))).isEqualTo(m.matchProbability(LEFT.get(i), RIGHT.get(i)));
    }
  }

  @Test
  void aDamagedFileIsRefusedWithItsNameAndTheReason(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("names.model");
    trained.model().save(f);
    byte[] bytes = Files.readAllBytes(f);
    Path cut = dir.resolve("cut.model");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> StringModel.load(cut)).isInstanceOf(IOException.class)
        .hasMessageContaining("cut.model").hasMessageContaining("truncated");
    Path other = dir.resolve("other.model");
    Files.writeString(other, "XXXXnot a model");
    assertThatThrownBy(() -> StringModel.load(other)).hasMessageContaining("other.model").hasMessageContaining("not a CSTR model");
  }

  @Test
  void supervisedTrainingUsesLabelledPairs() {
    List<LabelledStrings> pairs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      pairs.add(new LabelledStrings(LEFT.get(i), RIGHT.get(i), true));
      pairs.add(new LabelledStrings(LEFT.get(i), RIGHT.get((i + 1) % RIGHT.size()), false));
    }
    StringTrainingConfig cfg = new StringTrainingConfig(32, 14, 4, 2000, 20_000, 32, 0.05, 0.05, 2, 0.5, 0.05, 1, 42L);
    StringModelTrainer.Result r = new StringModelTrainer(cfg, Corruptor.DEFAULT)
        .supervised(LEFT, RIGHT, pairs, List.of(), Progress.NONE);
    assertThat(r.report().labelledPairs()).isEqualTo(60);
    StringModel m = r.model();
    int right = 0;
    for (int i = 30; i < 60; i++) {
      if (m.matchProbability(LEFT.get(i), RIGHT.get(i)) > m.matchProbability(LEFT.get(i), RIGHT.get((i + 7) % RIGHT.size()))) right++;
    }
    assertThat(right).isGreaterThanOrEqualTo(27);
  }
}
