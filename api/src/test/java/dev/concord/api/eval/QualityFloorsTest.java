package dev.concord.api.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.progress.Progress;
import dev.concord.ingest.dataset.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quality floors on the shared benchmark data, through the same protocols as {@code concord eval}: a change
 * that breaks matching quality fails the build, not only the next eval report. The floors sit a little under
 * the figures measured when they were set (in the comments), so that they catch breakage, not noise. The data
 * is read where {@code shared/data/README.md} puts it ({@code ../shared/data} beside the project, or
 * {@code CONCORD_SHARED_DATA}); where it is absent the tests are skipped, visibly.
 */
class QualityFloorsTest {

  private static Path dataSet(String relative) {
    Optional<Path> root = Optional.ofNullable(System.getenv("CONCORD_SHARED_DATA")).map(Path::of)
        .or(() -> Optional.of(Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("data")));
    Path dir = root.get().resolve(relative);
    Assumptions.assumeTrue(Files.isDirectory(dir), "benchmark data not found at " + dir + " (set CONCORD_SHARED_DATA)");
    return dir;
  }

  @Test
  void lexicalBaselineOnDblpAcm() throws IOException {
    Map<String, Double> m = Protocols.er(Datasets.er(dataSet("er/dblp_acm")), "lexical", Progress.NONE);
    assertThat(m.get("F1")).as("dblp_acm lexical F1 (0.987 when set)").isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void concordUnsupervisedOnAbtBuy() throws IOException {
    Map<String, Double> m = Protocols.er(Datasets.er(dataSet("er/abt_buy")), "concord", Progress.NONE);
    assertThat(m.get("F1")).as("abt_buy concord F1 (0.921 when set)").isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void bm25OnPolitifact() throws IOException {
    Map<String, Double> m = Protocols.ranking(Datasets.textText(dataSet("text/politifact")), "bm25", Progress.NONE);
    assertThat(m.get("MRR@1")).as("politifact bm25 MRR@1 (0.467 when set)").isGreaterThanOrEqualTo(0.44);
    assertThat(m.get("Hits@5")).as("politifact bm25 Hits@5 (0.643 when set)").isGreaterThanOrEqualTo(0.61);
  }

  @Test
  void lexicalBaselineOnBooks() throws IOException {
    Map<String, Double> m = Protocols.books(Datasets.books(dataSet("books")), "lexical", Progress.NONE);
    assertThat(m.get("top1")).as("books lexical top-1 (0.973 when set)").isGreaterThanOrEqualTo(0.96);
    assertThat(m.get("F1")).as("books lexical F1 (0.920 when set)").isGreaterThanOrEqualTo(0.90);
  }
}
