package dev.concord.books.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.books.spine.SpineText;
import dev.concord.books.spine.SpineView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharNgramIndexTest {
  private static CharNgramIndex index(List<String> texts) {
    CharNgramIndex.Builder b = new CharNgramIndex.Builder(texts.size());
    for (String t : texts) b.add(CharNgramIndex.grams(SpineText.of(t).words()));
    return b.build();
  }

  @Test
  void ranksTheRowSharingMostRareGramsFirst() {
    CharNgramIndex idx = index(List.of("La sombra del viento Ruiz Zafón", "Cien años de soledad García Márquez",
        "El viento de la luna Muñoz Molina"));
    assertThat(idx.candidates(SpineView.of("SOMBRA DEL VIEN TO ZAFON"), 3)[0]).isEqualTo(0);
    assertThat(idx.candidates(SpineView.of("cien anos de soledad"), 1)).containsExactly(1);
  }

  @Test
  void aSpineOfUnknownGramsFindsNothing() {
    CharNgramIndex idx = index(List.of("Memoria Baddeley", "Història de Catalunya"));
    assertThat(idx.candidates(SpineView.of("qqq xzx"), 5)).isEmpty();
  }

  @Test
  void repeatedQueriesGiveTheSameAnswerSoNoWorkingStateLeaksBetweenThem() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) texts.add("libro " + i + " autor" + (i % 97) + " tema" + (i % 13));
    CharNgramIndex idx = index(texts);
    SpineView a = SpineView.of("libro 1234 autor70 tema12");
    SpineView b = SpineView.of("libro 77 autor77 tema12");
    int[] first = idx.candidates(a, 10);
    idx.candidates(b, 10);
    assertThat(idx.candidates(a, 10)).containsExactly(first);
    assertThat(first[0]).isEqualTo(1234);
  }

  @Test
  void gramsInMoreThanTheStopShareOfALargeCatalogueFindNothing() {
    List<String> texts = new ArrayList<>();
    texts.add("zyzzyva common");
    for (int i = 1; i < 3 * CharNgramIndex.STOP_MIN_ROWS; i++) texts.add("common");
    CharNgramIndex idx = index(texts);
    assertThat(idx.candidates(SpineView.of("zyzzyva common"), 5)).containsExactly(0);
    assertThat(idx.candidates(SpineView.of("common"), 5)).isEmpty();
  }

  @Test
  void rowsMeetingOnlyGramsReadPastTheBudgetAreNotAdmitted() {
    int budget = 2_000;
    List<String> texts = new ArrayList<>();
    texts.add("zyzzyva");
    for (int i = 0; i < budget; i++) texts.add("alpha");
    for (int i = 0; i < budget + 10; i++) texts.add("medium");
    // filler keeps "medium" under the stop share, so only the budget can keep its rows out
    for (int i = 0; i < 25 * (2 * budget + 11); i++) texts.add("x");
    CharNgramIndex.Builder b = new CharNgramIndex.Builder(texts.size());
    for (String t : texts) b.add(CharNgramIndex.grams(SpineText.of(t).words()));
    int[] found = b.build(budget).candidates(SpineView.of("zyzzyva alpha medium"), 3 * budget);
    assertThat(found).hasSize(budget + 1);
    assertThat(java.util.Arrays.stream(found).max().getAsInt()).isLessThanOrEqualTo(budget);
  }
}
