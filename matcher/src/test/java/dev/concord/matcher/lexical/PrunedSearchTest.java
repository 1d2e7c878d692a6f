package dev.concord.matcher.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Candidate;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.core.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The pruned top-k of {@link LexicalIndex#rank} (with and without a floor) against every posting read
 * ({@link LexicalIndex#rankExhaustive}): same documents, same order, bit-identical scores and explanations.
 */
class PrunedSearchTest {

  @Property(tries = 200)
  void prunedTopKEqualsExhaustiveTopK(@ForAll @IntRange(min = 1, max = 600) int docs,
      @ForAll @IntRange(min = 2, max = 80) int vocabulary, @ForAll @IntRange(min = 1, max = 40) int k,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] words = vocabulary(vocabulary, rnd);
    LexicalIndex index = new LexicalIndex(new TextAnalyzer(), docs);
    int frozenAt = rnd.nextInt(docs + 1);
    for (int d = 0; d < docs; d++) {
      if (d == frozenAt) index.freeze();
      Item item = row("ref", "r" + d, text(words, rnd));
      if (d < frozenAt) index.add(item);
      else index.addReference(item);
    }
    index.freeze();
    for (int q = 0; q < 20; q++) {
      String text = rnd.nextInt(4) == 0 ? text(words, rnd) + " zq" + rnd.nextInt(9) : text(words, rnd);
      Item query = row("q", "q" + q, text);
      Ranking exhaustive = index.rankExhaustive(query, k);
      assertSame(index.rank(query, k), exhaustive);
      double floor = rnd.nextDouble();
      assertSame(index.rank(query, k, floor), new Ranking(exhaustive.queryId(),
          exhaustive.candidates().stream().filter(c -> c.score() >= floor).toList()));
    }
  }

  private static void assertSame(Ranking pruned, Ranking exhaustive) {
    assertThat(pruned.candidates()).hasSameSizeAs(exhaustive.candidates());
    for (int i = 0; i < pruned.candidates().size(); i++) {
      Candidate p = pruned.candidates().get(i);
      Candidate e = exhaustive.candidates().get(i);
      assertThat(p.id()).as("rank %d", i).isEqualTo(e.id());
      assertThat(p.score()).as("score at rank %d", i).isEqualTo(e.score());
      assertThat(p.explanation()).isEqualTo(e.explanation());
    }
  }

  /** Skewed word frequencies (a few very common words, a long tail) and shared stems, so bounds are loose and ties common. */
  private static String text(String[] words, SplittableRandom rnd) {
    int n = 1 + rnd.nextInt(6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double u = rnd.nextDouble();
      sb.append(i == 0 ? "" : " ").append(words[(int) (words.length * u * u * u)]);
    }
    return sb.toString();
  }

  private static String[] vocabulary(int size, SplittableRandom rnd) {
    String[] stems = {"ab", "bra", "cor", "dex", "ion", "ltd", "ma"};
    String[] out = new String[size];
    for (int i = 0; i < size; i++) out[i] = stems[rnd.nextInt(stems.length)] + (char) ('a' + rnd.nextInt(5)) + (i % 3 == 0 ? "" : stems[rnd.nextInt(stems.length)]);
    return out;
  }

  private static Item row(String corpus, String id, String name) {
    return Item.row(corpus, id, Map.of("name", name));
  }
}
