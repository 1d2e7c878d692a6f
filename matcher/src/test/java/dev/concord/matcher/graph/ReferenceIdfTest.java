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

  /** Tokens named by id: 0 "new", 1 "york", 2 "new york", 3 "york city", 4 "new city". */
  private static final List<String> NAMES = List.of("new", "york", "new york", "york city", "new city");

  private static TokenAlignment.Bag named(int... ids) {
    return new TokenAlignment.Bag(ids, new float[ids.length], java.util.Arrays.stream(ids).mapToObj(NAMES::get).toList());
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

  @Test
  void aHeldNgramWeighsOnlyTheIdfItsWordsDoNotCarryAndAnUnheldOneKeepsItsIdf() {
    ReferenceIdf idf = new ReferenceIdf(5, id -> id);
    idf.add(named(0, 1, 2)); // "new york" in 1 of 8 references, its words in 6 each: rarer than its words
    for (int i = 0; i < 5; i++) idf.add(named(0, 1));
    idf.add(named(3));
    idf.add(named(3));
    float[] w = idf.weigh(named(0, 1, 2, 4)).idf();
    float word = (float) Math.log(1 + 8.0 / 6);
    assertThat(w[0]).isCloseTo(word, within(1e-6f));
    assertThat(w[1]).isCloseTo(word, within(1e-6f));
    assertThat(w[2]).isCloseTo((float) Math.log(1 + 8.0 / 1) - 2 * word, within(1e-6f)).isPositive();
    // "new city": no reference holds it, so it keeps its add-one idf
    assertThat(w[3]).isCloseTo((float) Math.log(1 + 8.0 / 1), within(1e-6f));
    // a collocation as common as its words adds nothing
    ReferenceIdf common = new ReferenceIdf(5, id -> id);
    common.add(named(0, 1, 2));
    common.add(named(0, 1, 2));
    common.add(named(3));
    assertThat(common.weigh(named(0, 1, 2)).idf()[2]).isZero();
    // a word the query's bag lacks counts 0: "york city" keeps its idf less "york"'s
    assertThat(idf.weigh(named(1, 3)).idf()[1]).isCloseTo((float) Math.log(1 + 8.0 / 2) - word, within(1e-6f));
  }
}
