package dev.concord.matcher.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {
  private final TextAnalyzer analyzer = new TextAnalyzer();

  @Test
  void joinsACodeThatAHyphenSplit() {
    String text = analyzer.normalize("Sony PS-LX350H turntable 33-1/3 rpm");
    List<String> words = analyzer.words(text);
    assertThat(words).contains("ps", "lx350h");
    assertThat(PairFeatures.joinedCodes(text, words)).containsExactly("lx350h", "pslx350h", "3313");
  }

  @Test
  void containedShareFindsCodesInsideTheOtherSquashedText() {
    String squashed = PairFeatures.squash(analyzer.normalize("Sony turntable PS-LX350H, belt drive"));
    assertThat(PairFeatures.containedShare(List.of("pslx350h"), squashed)).isEqualTo(1.0);
    // weighted by length: the 8-character code is found, the 6-character one is not
    assertThat(PairFeatures.containedShare(List.of("pslx350h", "zz9000"), squashed)).isEqualTo(8.0 / 14.0);
    assertThat(PairFeatures.containedShare(List.of(), squashed)).isZero();
  }

  @Test
  void modelNumbersWrittenDifferentlyAreContainedButOtherModelsAreNot() {
    Corpus left = new Corpus("l", List.of("name"), List.of(
        Item.row("l", "1", Map.of("name", "sony ps-lx350h turntable")),
        Item.row("l", "2", Map.of("name", "sony ps-lx300 turntable"))));
    Corpus right = new Corpus("r", List.of("name"), List.of(Item.row("r", "a", Map.of("name", "Sony Turntable PSLX350H"))));
    PairFeatures f = new PairFeatures(analyzer, left, right);
    int max = f.names().indexOf("codes_contained_max");
    int min = f.names().indexOf("codes_contained_min");
    double[] same = f.of(left.get(0), right.get(0));
    double[] other = f.of(left.get(1), right.get(0));
    assertThat(same[max]).isEqualTo(1.0);
    assertThat(same[min]).isGreaterThan(0.5);
    assertThat(other[max]).isZero();
    // the exact-token code overlap misses the differently written match
    assertThat(same[f.names().indexOf("codes_shared")]).isZero();
  }

  @Test
  void similaritiesMayOnlyRaiseAMatchConflictsOnlyLowerItMissingFlagsAreFree() {
    Corpus left = new Corpus("l", List.of("name", "price"), List.of(Item.row("l", "1", Map.of("name", "sony ps-lx350h", "price", "99"))));
    Corpus right = new Corpus("r", List.of("name", "price"), List.of(Item.row("r", "a", Map.of("name", "sony turntable", "price", "98"))));
    PairFeatures f = new PairFeatures(analyzer, left, right);
    int[] m = f.monotone();
    List<String> names = f.names();
    assertThat(m).hasSize(names.size());
    for (int i = 0; i < m.length; i++) {
      String n = names.get(i);
      int expected = n.endsWith("_missing") ? 0 : n.equals("codes_conflict") ? -1 : 1;
      assertThat(m[i]).as(n).isEqualTo(expected);
    }
    assertThat(m[names.indexOf("all_words")]).isEqualTo(1);
    assertThat(m[names.indexOf("price_num")]).isEqualTo(1);
    assertThat(m[names.indexOf("price_missing")]).isZero();
  }
}
