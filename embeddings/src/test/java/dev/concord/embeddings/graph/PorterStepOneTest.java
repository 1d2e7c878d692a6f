package dev.concord.embeddings.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PorterStepOneTest {
  @Test
  void inflectionsOfOneVerbMeet() {
    assertThat(PorterStepOne.stem("voted")).isEqualTo("vote");
    assertThat(PorterStepOne.stem("voting")).isEqualTo("vote");
    assertThat(PorterStepOne.stem("votes")).isEqualTo("vote");
    assertThat(PorterStepOne.stem("vote")).isEqualTo("vote");
  }

  /** Examples of steps 1a and 1b from Porter's paper (1980). */
  @Test
  void portersOwnExamples() {
    String[][] cases = {
        {"caresses", "caress"}, {"ponies", "poni"}, {"caress", "caress"}, {"cats", "cat"},
        {"feed", "feed"}, {"agreed", "agree"}, {"plastered", "plaster"}, {"bled", "bled"}, {"motoring", "motor"},
        {"sing", "sing"}, {"conflated", "conflate"}, {"troubled", "trouble"}, {"sized", "size"}, {"hopping", "hop"},
        {"tanned", "tan"}, {"falling", "fall"}, {"hissing", "hiss"}, {"fizzed", "fizz"}, {"failing", "fail"},
        {"filing", "file"}};
    for (String[] c : cases) assertThat(PorterStepOne.stem(c[0])).as(c[0]).isEqualTo(c[1]);
  }

  @Test
  void derivationsAndShortWordsStayApart() {
    assertThat(PorterStepOne.stem("national")).isNotEqualTo(PorterStepOne.stem("nation"));
    assertThat(PorterStepOne.stem("is")).isEqualTo("is");
    assertThat(PorterStepOne.stem("us")).isEqualTo("us");
  }
}
