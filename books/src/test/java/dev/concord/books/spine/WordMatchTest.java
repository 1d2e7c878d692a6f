package dev.concord.books.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordMatchTest {
  /** The plain definition the bounded computation must agree with. */
  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int sub = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        d[i][j] = Math.min(sub, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
      }
    }
    return d[a.length()][b.length()];
  }

  @Test
  void boundedEditDistanceIsExactWithinItsBoundAndSaysSoBeyond() {
    Random r = new Random(7);
    for (int n = 0; n < 2000; n++) {
      String a = word(r);
      String b = mutate(a, r);
      int exact = editDistance(a, b);
      for (int bound = 0; bound <= 6; bound++) {
        assertThat(WordMatch.levenshtein(a, b, bound)).as(a + " " + b + " " + bound)
            .isEqualTo(exact <= bound ? exact : bound + 1);
      }
    }
  }

  @Test
  void similarityIsExactAtOrAboveTheFloor() {
    Random r = new Random(11);
    for (int n = 0; n < 2000; n++) {
      String a = word(r);
      String b = mutate(a, r);
      double full = WordMatch.similarity(a, b, 0);
      double floored = WordMatch.similarity(a, b, WordMatch.MIN_SIMILARITY);
      if (full >= WordMatch.MIN_SIMILARITY) assertThat(floored).isCloseTo(full, within(1e-12));
      else assertThat(floored).isLessThan(WordMatch.MIN_SIMILARITY);
    }
  }

  @Test
  void findsMisreadCutAndSplitWords() {
    List<String> spine = List.of("sombra", "del", "vien", "to", "zafom");
    String letters = String.join("", spine);
    assertThat(WordMatch.degree("viento", spine, letters)).isEqualTo(1.0);
    assertThat(WordMatch.degree("zafon", spine, letters)).isCloseTo(0.8, within(1e-9));
    assertThat(WordMatch.degree("catalunya", spine, letters)).isZero();
  }

  private static String word(Random r) {
    int len = 2 + r.nextInt(10);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) sb.append((char) ('a' + r.nextInt(6)));
    return sb.toString();
  }

  private static String mutate(String a, Random r) {
    List<Character> cs = new ArrayList<>();
    for (char c : a.toCharArray()) cs.add(c);
    int edits = r.nextInt(5);
    for (int e = 0; e < edits; e++) {
      int op = r.nextInt(3);
      if (op == 0 && !cs.isEmpty()) cs.remove(r.nextInt(cs.size()));
      else if (op == 1) cs.add(r.nextInt(cs.size() + 1), (char) ('a' + r.nextInt(6)));
      else if (!cs.isEmpty()) cs.set(r.nextInt(cs.size()), (char) ('a' + r.nextInt(6)));
    }
    StringBuilder sb = new StringBuilder();
    cs.forEach(sb::append);
    return sb.toString();
  }
}
