package dev.concord.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TopKTest {
  @Property
  void keepsTheKBestInOrder(@ForAll @Size(max = 200) double[] scores, @ForAll @IntRange(min = 1, max = 20) int k) {
    TopK top = new TopK(k);
    for (int i = 0; i < scores.length; i++) top.offer(i, scores[i]);
    int[] expected = IntStream.range(0, scores.length).boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
        .limit(k).mapToInt(Integer::intValue).toArray();
    assertThat(top.indicesDescending()).containsExactly(expected);
    double[] s = top.scoresDescending();
    assertThat(s).containsExactly(Arrays.stream(expected).mapToDouble(i -> scores[i]).toArray());
  }
}
