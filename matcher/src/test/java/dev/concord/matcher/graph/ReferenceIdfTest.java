package dev.concord.matcher.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.concord.embeddings.graph.TokenAlignment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceIdfTest {
  private static TokenAlignment.Bag bag(int... ids) {
    List<String> names = java.util.Arrays.stream(ids).mapToObj(i -> "t" + i).toList();
    return new TokenAlignment.Bag(ids, new float[ids.length], names);
  }

  @Test
  void weightsCountReferencesOnlyAndGiveUnheldTokensDfOne() {
    ReferenceIdf idf = new ReferenceIdf(4, id -> id);
    idf.add(bag(0, 1));
    idf.add(bag(0, 2));
    idf.add(bag(0));
    idf.add(bag(1));
    float[] w = idf.weigh(bag(0, 1, 2, 3)).idf();
    assertThat(w[0]).isCloseTo((float) Math.log(1 + 4.0 / 3), within(1e-6f));
    assertThat(w[1]).isCloseTo((float) Math.log(1 + 4.0 / 2), within(1e-6f));
    assertThat(w[2]).isCloseTo((float) Math.log(1 + 4.0 / 1), within(1e-6f));
    assertThat(w[3]).isEqualTo(w[2]);
    idf.add(bag(3));
    assertThat(idf.weigh(bag(0)).idf()[0]).isCloseTo((float) Math.log(1 + 5.0 / 3), within(1e-6f));
  }

  @Test
  void tokensOfOneClassShareTheirDocumentFrequencyAndAReferenceCountsOnce() {
    // 1 and 2 are one class (say "voted" and "voting"), counted under class 1
    ReferenceIdf idf = new ReferenceIdf(4, id -> id == 2 ? 1 : id);
    idf.add(bag(0, 1, 2)); // holds both inflections: one document for the class
    idf.add(bag(2));
    idf.add(bag(0));
    float[] w = idf.weigh(bag(1, 2, 3)).idf();
    assertThat(w[0]).isCloseTo((float) Math.log(1 + 3.0 / 2), within(1e-6f));
    assertThat(w[1]).isEqualTo(w[0]);
    assertThat(w[2]).isCloseTo((float) Math.log(1 + 3.0 / 1), within(1e-6f));
  }
}
