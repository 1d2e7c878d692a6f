package dev.concord.embeddings.text2token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Item;
import dev.concord.core.progress.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Text2TokenModelTest {
  static final List<String> ROWS = new ArrayList<>();
  static final List<String> CLAIMS = new ArrayList<>();
  static Text2TokenTrainer.Result trained;

  @BeforeAll
  static void train() {
    String[] countries = {"spain", "france", "italy", "germany", "portugal", "austria", "belgium", "greece", "poland", "norway"};
    String[] tables = {"new confirmed", "total deaths", "total recovered"};
    int n = 0;
    for (String c : countries) {
      for (String t : tables) {
        int v = 1000 + 37 * n++;
        ROWS.add(t + " " + c + " " + v + " " + (v + 11));
        CLAIMS.add("there were " + v + " " + t + " cases in " + c + " in january");
      }
    }
    Text2TokenConfig cfg = new Text2TokenConfig(32, 14, 512, 512, 16, 32, 8, 4, 10_000, 0.1, 0.5, 0.5, 0.25, 200, 1, 42L);
    trained = new Text2TokenTrainer(cfg).train(ROWS, CLAIMS, Progress.NONE);
  }

  @Test
  void aTextIsCloserToItsOwnRowThanToAnUnrelatedOne() {
    Text2TokenModel m = trained.model();
    int wins = 0;
    for (int i = 0; i < ROWS.size(); i++) {
      float[] c = m.dense(CLAIMS.get(i));
      double own = dot(c, m.dense(ROWS.get(i)));
      double other = dot(c, m.dense(ROWS.get((i + 13) % ROWS.size())));
      if (own > other) wins++;
    }
    assertThat(wins).isGreaterThanOrEqualTo(ROWS.size() * 9 / 10);
  }

  @Test
  void sparseVectorHoldsTheTextsKeyTokensBestFirst() {
    SparseTokens s = trained.model().sparseTopK(Item.text("claims", "c1", CLAIMS.get(0)), 8);
    assertThat(s.size()).isPositive().isLessThanOrEqualTo(8);
    assertThat(List.of(s.tokens())).contains("spain");
    for (int i = 1; i < s.size(); i++) assertThat(s.weights()[i]).isLessThanOrEqualTo(s.weights()[i - 1]);
    assertThat(List.of(s.tokens())).doesNotContain("in", "there");
  }

  @Test
  void aTextWithoutVocabularyWordsStillGetsDerivedTokens() {
    SparseTokens s = trained.model().sparseTopK("spainn deathss", 5);
    assertThat(s.size()).isEqualTo(5);
  }

  @Test
  void saveAndLoadGiveIdenticalVectors(@TempDir Path dir) throws IOException {
    Text2TokenModel m = trained.model();
    Path f = dir.resolve("t2t.model");
    m.save(f);
    Text2TokenModel back = Text2TokenModel.load(f);
    assertThat(back.version()).isEqualTo(m.version()).startsWith("text2token/v1-");
    Item row = Item.row("rows", "r1", Map.of("table", "total deaths", "country", "italy"));
    assertThat(back.dense(row)).isEqualTo(m.dense(row));
    assertThat(back.sparseTopK(row, 10)).isEqualTo(m.sparseTopK(row, 10));
    for (String c : CLAIMS.subList(0, 5)) assertThat(back.dense(c)).isEqualTo(m.dense(c));
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }
}
